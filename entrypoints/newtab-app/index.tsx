import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readFirstPaint } from '../../storage/firstPaintMirror';
import { start } from './app';

/**
 * The new tab's app, loaded by the first-paint script (newtab-paint.ts) once
 * the entry is on screen: Preact, the corpus, storage and live updates. It
 * takes over the nodes painted first and confirms their entry with the bag.
 */
export default defineUnlistedScript(() => {
  // Without the first paint's hand-over (it failed), the app paints by itself.
  const handover = window.tabwiseFirstPaint ?? {
    painted: null,
    settings: readFirstPaint().settings,
    takeOver: () => [],
  };
  void start(document.getElementById('app') as HTMLElement, handover);
});
