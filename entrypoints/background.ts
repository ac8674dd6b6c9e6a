import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { catchUpAll } from '../storage/catchUp';
import { persistMigration } from '../storage/settingsStore';

export default defineBackground(() => {
  // After an update, store the settings in the new schema (once, under a lock).
  browser.runtime.onInstalled.addListener(() => void persistMigration().catch(() => false));
  // Settings, pins and own entries saved on this browser while sync was unavailable catch up.
  browser.runtime.onStartup.addListener(() => void catchUpAll());
});
