import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { type PaintedAction, paintTab } from '../components/paintTab';
import { applyAppearance, readFirstPaint, updateFirstPaint } from '../storage/firstPaintMirror';
import { claimEntry, type PaintedEntry } from '../utils/firstPaint';
import { type ShortcutAction, shortcutFor } from '../utils/shortcuts';
import type { MessageKey } from '../utils/text';

/**
 * The new tab's first paint: the page's one render-blocking script, a few
 * KB with no framework, corpus or storage read. From the localStorage mirror
 * alone it claims an entry, applies the theme and paints, then loads the app
 * (newtab-app), which takes the same nodes over once the frame is painted.
 * Keys and clicks before then are kept and handed over, not lost.
 */
export default defineUnlistedScript(() => {
  // The browser has loaded the messages already: chrome.i18n answers at once.
  const message = (key: MessageKey) => chrome.i18n.getMessage(key.replace(/\./g, '_'));
  let painted: PaintedEntry | null = null;
  // Read and claim in one synchronous step: no other tab comes between.
  updateFirstPaint((mirror) => {
    const claim = claimEntry(mirror, Date.now());
    painted = claim.painted;
    return claim.mirror;
  });
  const { settings } = readFirstPaint();
  document.documentElement.lang = message('lang');
  document.title = message('newtab.title');
  applyAppearance(document.documentElement, settings);

  const root = document.getElementById('app') as HTMLElement;
  const buttons: Map<Element | null, PaintedAction> = painted
    ? paintTab(root, painted, settings, message)
    : new Map();
  const early: ShortcutAction[] = [];
  let handedOver = false;
  const onKey = (event: KeyboardEvent) => {
    const { key, ctrlKey, metaKey, altKey } = event;
    const action = shortcutFor({ key, ctrlKey, metaKey, altKey, inTextField: false });
    if (!action || !painted) return;
    event.preventDefault();
    early.push(action);
  };
  const onClick = (event: MouseEvent) => {
    if (handedOver) return;
    const action = buttons.get((event.target as Element).closest('button'));
    if (action === 'settings') void chrome.runtime.openOptionsPage();
    else if (action) early.push(action);
  };
  document.addEventListener('keydown', onKey);
  root.addEventListener('click', onClick);
  window.tabwiseFirstPaint = {
    painted,
    takeOver() {
      handedOver = true;
      document.removeEventListener('keydown', onKey);
      root.removeEventListener('click', onClick);
      return early;
    },
  };

  const loadApp = () => {
    const script = document.createElement('script');
    script.src = '/newtab-app.js';
    document.head.append(script);
  };
  // After the first frame, so the app's parsing never delays it; a tab opened
  // in the background gets no frames until it is shown, so it loads at once.
  if (document.visibilityState === 'hidden') loadApp();
  else requestAnimationFrame(() => setTimeout(loadApp));
});
