import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { catchUpAll } from '../storage/catchUp';
import { PinSender } from '../storage/pinSender';
import { pinsAwaitSync } from '../storage/pinsStore';
import { persistMigration } from '../storage/settingsStore';

export default defineBackground(() => {
  // After an update, store the settings in the new schema (once, under a lock).
  browser.runtime.onInstalled.addListener(() => void persistMigration().catch(() => false));
  // Settings, pins and own entries saved on this browser while sync was unavailable catch up.
  browser.runtime.onStartup.addListener(() => void catchUpAll());
  // Pages keep pin changes on this browser; the background sends them to sync,
  // a burst as one write, and keeps trying while sync refuses.
  const pins = new PinSender();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && pinsAwaitSync(changes)) pins.changed();
  });
});
