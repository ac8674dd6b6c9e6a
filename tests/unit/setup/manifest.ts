import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The fake browser has no manifest: this one gives the version, as the build's does (package.json). */
export const TEST_VERSION = '0.1.0';

fakeBrowser.runtime.getManifest = () => ({
  manifest_version: 3,
  name: 'Tabwise',
  version: TEST_VERSION,
});
