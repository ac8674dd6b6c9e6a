import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { corpusFiles } from './build/corpusFiles';
import { fastFirstPaint } from './build/fastFirstPaint';
import { leanUnlistedScripts } from './build/leanUnlistedScripts';
import { writeStoreIcon } from './build/storeIcon';

const ICON_SOURCE = 'assets/icon.svg';

export default defineConfig({
  // Every dependency is imported explicitly where it is used.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons', '@wxt-dev/i18n/module'],
  autoIcons: {
    baseIconPath: ICON_SOURCE,
    developmentIndicator: false,
  },
  // A function, so each build gets fresh plugin instances.
  vite: ({ browser }) => ({
    plugins: [preact(), fastFirstPaint(browser), leanUnlistedScripts()],
    // Every browser we support has modulepreload: skip the polyfill's request.
    // light-dark() and the other modern CSS stay native (Chrome 123+, Firefox 140+): a
    // smaller stylesheet, and colours without the custom-property fallback chains.
    // Terser, not Vite's default minifier: its output gzips smaller (the first
    // paint 3,005 bytes instead of 3,052, the app 20,679 instead of 20,811, as
    // `npm run bench` measures them), and both live on a budget.
    // safari10 (on in Vite by default) works around Safari 10, which we do not support.
    build: {
      minify: 'terser',
      terserOptions: { safari10: false, ecma: 2020, compress: { passes: 3 } },
      modulePreload: { polyfill: false },
      cssTarget: ['chrome123', 'firefox140'],
    },
  }),
  hooks: {
    // Pages fetch the corpus in their language after the first paint, as a file of its own.
    'build:publicAssets': (_wxt, files) => {
      files.push(...corpusFiles());
    },
    // An entrypoint a build skips on purpose (page-theme: its `include` is
    // Firefox alone) is left out without WXT's warning on every other build.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      entrypoints.splice(0, entrypoints.length, ...entrypoints.filter((entry) => !entry.skipped));
    },
    // Config hooks run after the modules' hooks: this replaces auto-icons' 128 px icon.
    'build:done': (wxt) => writeStoreIcon(ICON_SOURCE, wxt.config.outDir),
  },
  manifest: ({ browser }) => ({
    // From locales/*.yml (extName, extDescription), in the browser's language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // What an organisation may push through enterprise policy (docs/ADMIN.md).
    // Firefox takes the same data from policies.json without a schema.
    ...(browser !== 'firefox' && {
      storage: { managed_schema: 'managed_schema.json' },
      // The stylesheets use light-dark() natively (vite.build.cssTarget).
      minimum_chrome_version: '123',
    }),
    // Firefox refuses storage.sync to an add-on without a fixed id; Chrome needs none.
    // No gecko_android: Firefox for Android has no new-tab override, so Tabwise
    // would do nothing there (README, "Load it in Firefox").
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'tabwise@tabwise.app',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
