import type { UnlistedScriptDefinition } from 'wxt';
import { type PaintedAction, paintLabels, paintTab } from '../components/paintTab';
import {
  applyAppearance,
  applyMirroredAppearance,
  claimFirstPaint,
  readFirstPaint,
} from '../storage/firstPaintMirror';
import { type ShortcutAction, shortcutFor } from '../utils/shortcuts';
import { ROTATION_KEY } from '../utils/storageKeys';

/** When the page settles if the first paint was never reported. */
const SETTLED_AT_THE_LATEST_MS = 500;

/**
 * The new tab's first paint: the page's one render-blocking script, a few
 * KB with no framework, corpus or storage read. From the localStorage mirror
 * alone it claims an entry, applies the theme and paints. The app
 * (newtab-app: Preact, the corpus, storage) loads only when needed: for a
 * key or a click (kept and handed over, not lost), as soon as the pointer
 * or the focus reaches the controls or the page gets the focus, for a change
 * in storage, when there was nothing to paint, or when enough claims wait to
 * be recorded in the bag. It then takes the same nodes over.
 */
function paintFirstFrame() {
  let loaded = false;
  const loadApp = () => {
    if (loaded) return;
    loaded = true;
    const script = document.createElement('script');
    script.src = '/newtab-app.js';
    document.head.append(script);
  };
  // Watch before reading, so a change made while this tab paints is not
  // missed. The bag alone changes as other tabs record what they painted:
  // this tab stays as it is. (The rarer records that never change what a
  // tab shows, such as the background's copy of the policy, cost a load of
  // the app: cheaper than their names in this script.)
  const onStorageChange = (changes: object, area: string) => {
    if (Object.keys(changes).some((key) => area !== 'local' || key !== ROTATION_KEY)) loadApp();
  };
  chrome.storage.onChanged.addListener(onStorageChange);
  const mirror = readFirstPaint();
  const { settings } = mirror;
  const labels = paintLabels(mirror.labels);
  // Read and claim in one synchronous step: no other tab comes between.
  const { painted, record } = labels
    ? claimFirstPaint(mirror, Date.now())
    : { painted: null, record: true };
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
    const action = shortcutFor(event);
    if (!action || !painted) return;
    event.preventDefault();
    early.push(action);
    loadApp();
  };
  const onClick = (event: MouseEvent) => {
    if (handedOver) return;
    const action = buttons.get((event.target as Element).closest('button'));
    if (action === 'settings') void chrome.runtime.openOptionsPage();
    else if (action) {
      early.push(action);
      loadApp();
    }
  };
  document.addEventListener('keydown', onKey);
  root.addEventListener('click', onClick);
  // The pointer on the controls, or the focus among them, means a click may
  // follow: load the app now, so that it is ready to answer the click.
  const controls = root.querySelector('nav');
  controls?.addEventListener('pointerover', loadApp, { once: true });
  controls?.addEventListener('focusin', loadApp, { once: true });
  // A new tab opens with the focus in the address bar: keys reach the page
  // only once the user gives it the focus (a click into it, F6), so a key
  // may follow. The Tab key lands on a control, above.
  window.addEventListener('focus', loadApp, { once: true });
  window.tabwiseFirstPaint = {
    painted,
    settings,
    takeOver() {
      handedOver = true;
      document.removeEventListener('keydown', onKey);
      root.removeEventListener('click', onClick);
      window.removeEventListener('focus', loadApp);
      chrome.storage.onChanged.removeListener(onStorageChange);
      // Once: the app mounts its tab again as the entry changes, and must
      // not carry out a Hide or a Pin pressed meanwhile a second time.
      return early.splice(0);
    },
  };

  // The first frame draws the entry alone (newtab/style.css): the source and
  // the controls follow in the next one.
  const firstFrameOnly = painted !== null && document.visibilityState !== 'hidden';
  if (firstFrameOnly) html.dataset.firstFrame = '';
  let settled = false;
  const settle = () => {
    if (settled) return;
    settled = true;
    delete html.dataset.firstFrame;
    if (!painted || record) {
      // After the frame that shows the rest, so compiling the app never delays it.
      if (firstFrameOnly) requestAnimationFrame(() => setTimeout(loadApp));
      else loadApp();
      return;
    }
    // The entry shown is the page's own: settled, as the app would leave it.
    root.querySelector('main')?.setAttribute('aria-busy', 'false');
  };
  // Only once the entry is on screen (the browser reports its first
  // contentful paint). Nothing to wait for without an entry, or in a tab
  // opened in the background (it gets no frames until it is shown).
  if (!firstFrameOnly) settle();
  else {
    new PerformanceObserver((_, observer) => {
      observer.disconnect();
      settle();
    }).observe({ type: 'paint' });
    // Should the browser not report paints, the page still settles.
    setTimeout(settle, SETTLED_AT_THE_LATEST_MS);
  }
}

/**
 * Firefox has no `blocking="render"`, so its page loads this script in the
 * head without `defer` (build/fastFirstPaint.ts): a script that blocks the
 * parser there holds the first frame back in every browser. The theme then
 * applies at once, and the entry once the page is parsed, before any frame
 * could show the page without it. (Loaded so, it always runs while the page
 * is parsed: DOMContentLoaded is still to come.)
 */
export function paintWhenParsed() {
  applyMirroredAppearance();
  document.addEventListener('DOMContentLoaded', paintFirstFrame);
}

// The definition as an object, not through defineUnlistedScript: that
// helper's code would count against the first paint's 3 KB. WXT can take
// `main` out only of a define call, so to read this entrypoint's options it
// runs the modules imported here in Node at build time: they must do nothing
// on import (as the first paint's code must not anyway). One that did, such
// as the app's labels.ts with its messages, stops the build with an error.
export default {
  main: import.meta.env.FIREFOX ? paintWhenParsed : paintFirstFrame,
} satisfies UnlistedScriptDefinition;
