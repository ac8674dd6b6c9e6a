import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { type PaintedAction, paintLabels, paintTab } from '../components/paintTab';
import { applyAppearance, claimFirstPaint, readFirstPaint } from '../storage/firstPaintMirror';
import { type ShortcutAction, shortcutFor } from '../utils/shortcuts';

/**
 * The new tab's first paint: the page's one render-blocking script, a few
 * KB with no framework, corpus or storage read. From the localStorage mirror
 * alone it claims an entry, applies the theme and paints, then loads the app
 * (newtab-app), which takes the same nodes over once the frame is painted.
 * Keys and clicks before then are kept and handed over, not lost.
 */
/** When the app loads if the first paint was never reported. */
const APP_AT_THE_LATEST_MS = 500;

export default defineUnlistedScript(() => {
  const mirror = readFirstPaint();
  const { settings } = mirror;
  const labels = paintLabels(mirror.labels);
  // Read and claim in one synchronous step: no other tab comes between.
  const painted = labels ? claimFirstPaint(mirror, Date.now()) : null;
  const html = document.documentElement;
  applyAppearance(html, settings);
  if (labels) {
    html.lang = labels.lang;
    document.title = labels['newtab.title'];
  }

  const root = document.getElementById('app') as HTMLElement;
  const buttons: Map<Element | null, PaintedAction> =
    painted && labels ? paintTab(root, painted, settings, labels) : new Map();
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
    settings,
    takeOver() {
      handedOver = true;
      document.removeEventListener('keydown', onKey);
      root.removeEventListener('click', onClick);
      return early;
    },
  };

  // The first frame draws the entry alone (newtab/style.css): the source and
  // the controls follow in the next one, then the app loads.
  const firstFrameOnly = painted !== null && document.visibilityState !== 'hidden';
  if (firstFrameOnly) html.dataset.firstFrame = '';
  const revealRest = () => delete html.dataset.firstFrame;
  let loaded = false;
  const loadApp = () => {
    if (loaded) return;
    loaded = true;
    revealRest();
    const script = document.createElement('script');
    script.src = '/newtab-app.js';
    document.head.append(script);
  };
  // Only once the entry is on screen (the browser reports its first
  // contentful paint), so compiling the app never delays that frame, and
  // after the frame that shows the rest. Nothing to wait for without an
  // entry, or in a tab opened in the background (it gets no frames until it
  // is shown).
  if (!firstFrameOnly) loadApp();
  else {
    new PerformanceObserver((_, observer) => {
      observer.disconnect();
      revealRest();
      requestAnimationFrame(() => setTimeout(loadApp));
    }).observe({ type: 'paint' });
    // Should the browser not report paints or frames, the app still comes.
    setTimeout(loadApp, APP_AT_THE_LATEST_MS);
  }
});
