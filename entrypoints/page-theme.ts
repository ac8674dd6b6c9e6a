import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { applyMirroredAppearance } from '../storage/firstPaintMirror';

/**
 * Firefox only: the user's theme before an extension page's first frame.
 * Firefox ignores `blocking="render"`, so there the options page's module
 * script, which sets the theme first thing, may come a frame late. The
 * build puts this plain script in the head before it (build/fastFirstPaint.ts):
 * a script that blocks the parser there holds the first frame back.
 */
export default defineUnlistedScript({
  include: ['firefox'],
  main() {
    applyMirroredAppearance();
  },
});
