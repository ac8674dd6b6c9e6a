import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { applyAppearance, readFirstPaint } from '../../storage/firstPaintMirror';
import { predictEntry } from '../../utils/firstPaint';
import { openSettings, rotation, start, togglePin } from './app';
import { renderTab } from './renderTab';

/**
 * The new tab's script: one self-contained file (WXT builds unlisted scripts
 * without code splitting), loaded render-blocking from newtab.html, so the
 * page waits for no second request before its first paint. It opens in two
 * phases: from the localStorage mirror alone it applies the theme and paints
 * the entry the rotation is expected to give; then it reads storage and
 * confirms or corrects it (app.tsx).
 */
export default defineUnlistedScript(() => {
  const root = document.getElementById('app') as HTMLElement;
  const hint = readFirstPaint();
  applyAppearance(document.documentElement, hint.settings);
  const predicted = predictEntry(hint, new Date());
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
});
