import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { catchUpAll } from '../storage/catchUp';
import { hiddenAwaitSync, sendHidden } from '../storage/hiddenStore';
import { answerOwnEntryRequest } from '../storage/ownEntriesStore';
import { pinsAwaitSync, sendPins } from '../storage/pinsStore';
import { keepPolicyCopy } from '../storage/policyCopy';
import { persistMigration, sendSettings, settingsAwaitSync } from '../storage/settingsStore';
import { SyncSender } from '../storage/syncSender';
import { parseOwnEntryRequest } from '../utils/ownEntryRequest';
import { POLICY_REQUEST } from '../utils/team/policyCopy';

export default defineBackground(() => {
  // After an update, store the settings in the new schema (once, under a lock).
  browser.runtime.onInstalled.addListener(() => {
    void persistMigration().catch(() => false);
    void keepPolicyCopy();
  });
  // Pages keep pin and hide changes on this browser; the background sends
  // them to sync, a burst as one write, and keeps trying while sync refuses
  // (when full, once sync's contents change). Settings an options page keeps
  // waiting (sync refused them) are sent the same way, should the page close.
  const settings = new SyncSender(sendSettings);
  const pins = new SyncSender(sendPins);
  const hidden = new SyncSender(sendHidden);
  // Settings, pins and own entries saved on this browser while sync was unavailable catch up.
  // The organisation's policy is read and copied for the pages, which never read managed storage.
  browser.runtime.onStartup.addListener(() => {
    void catchUpAll(async () => settings.changed());
    void keepPolicyCopy();
  });
  // A page without a copy of the policy from this version asks for it; the
  // new tab asks for one of the user's own entries to be deleted, or put back.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (message === POLICY_REQUEST) return keepPolicyCopy();
    const request = parseOwnEntryRequest(message);
    return request ? answerOwnEntryRequest(request) : undefined;
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void keepPolicyCopy();
    if (area === 'sync') {
      for (const sender of [settings, pins, hidden]) sender.syncChanged();
    }
    if (area !== 'local') return;
    if (settingsAwaitSync(changes)) settings.changed();
    if (pinsAwaitSync(changes)) pins.changed();
    if (hiddenAwaitSync(changes)) hidden.changed();
  });
});
