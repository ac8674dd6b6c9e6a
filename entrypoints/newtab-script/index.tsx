import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { localizePage } from '../../components/translate';
import { applyAppearance, readFirstPaint } from '../../storage/firstPaintMirror';
import { predictEntry } from '../../utils/firstPaint';
import { openSettings, rotation, start, togglePin } from './app';
import { renderTab } from './renderTab';

/**
 * The new tab's script: one self-contained file (WXT builds unlisted scripts
 * without code splitting), loaded async but render-blocking from newtab.html:
 * it runs as soon as it has loaded, and the first frame waits for it. It opens
 * in two phases: from the localStorage mirror alone it applies the theme and
 * paints the entry the rotation is expected to give; then it reads storage
 * and confirms or corrects it (app.tsx).
 */
export default defineUnlistedScript(() => {
  localizePage('newtab.title');
  const hint = readFirstPaint();
  applyAppearance(document.documentElement, hint.settings);
  const predicted = predictEntry(hint, new Date());

  const paint = (root: HTMLElement) => {
    if (predicted) {
      const { entry, source } = predicted;
      renderTab(root, {
        entryId: entry.id,
        busy: true,
        entries: new Map([[entry.id, entry]]),
        sources: new Map(source ? [[source.id, source]] : []),
        eligible: new Set([entry.id]),
        settings: hint.settings,
        rotation,
        // Pins are known once storage is read, a moment later.
        pinned: new Set(),
        togglePin,
        openSettings,
      });
    }
    void start(root);
  };
  // An async script may run before the parser has reached the page's root.
  const root = document.getElementById('app');
  if (root) paint(root);
  else {
    document.addEventListener('DOMContentLoaded', () =>
      paint(document.getElementById('app') as HTMLElement),
    );
  }
});
