import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { applyAppearance, readAppearanceMirror } from '../storage/appearanceMirror';

/**
 * Loaded as a blocking classic script in the <head> of the extension's pages:
 * applies the user's theme, text size and font before the first paint.
 */
export default defineUnlistedScript(() => {
  applyAppearance(document.documentElement, readAppearanceMirror());
});
