import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  // Every dependency is imported explicitly where it is used.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: {
    baseIconPath: 'assets/icon.svg',
    developmentIndicator: false,
  },
  // A function, so each build gets fresh plugin instances.
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Tabwise',
    description:
      'A calm quote or customer-service tip on every new tab. Private: no network, storage only.',
    permissions: ['storage'],
  },
});
