import type { Plugin } from 'vite';

/** WXT's wrapper around an unlisted script (wxt/dist/virtual/unlisted-script-entrypoint.mjs), as WXT's resolver names it. */
export const WRAPPER_ID = '\0virtual:wxt-unlisted-script-entrypoint?';

/**
 * Build step for the new tab's scripts, which WXT builds as unlisted
 * scripts: each runs its main() without WXT's wrapper module. In a
 * production build that wrapper only catches an error to throw it again
 * (its logger prints nothing there), yet it weighed 140 bytes gzip of the
 * 3 KB first-paint script, and as much of the app's. WXT's runtime plugins
 * are still started first, as the wrapper starts them.
 */
export function leanUnlistedScripts(): Plugin {
  return {
    name: 'tabwise:lean-unlisted-scripts',
    // Before WXT's own resolver loads the wrapper.
    enforce: 'pre',
    load(id) {
      if (!id.startsWith(WRAPPER_ID)) return null;
      const script = JSON.stringify(id.slice(WRAPPER_ID.length));
      return [
        `import definition from ${script};`,
        `import { initPlugins } from "virtual:wxt-plugins";`,
        'initPlugins();',
        'export default definition.main();',
      ].join('\n');
    },
  };
}
