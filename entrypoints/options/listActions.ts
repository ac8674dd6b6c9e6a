import { sayAgain } from '../../components/sayAgain';
import { reasonOf, t, tCount } from '../../components/translate';
import { changeHidden } from '../../storage/hiddenStore';
import { changePins } from '../../storage/pinsStore';
import type { HideOrShow } from '../../utils/hidden';
import type { PinChange } from '../../utils/pins';
import type { MessageKey } from '../../utils/text';
import type { OptionsState, PageState } from './pageState';

type StatusKey = 'pinStatus' | 'hiddenStatus';

/** Makes a change, then says it was done or why not; resolves whether it was made. */
async function changeAndSay(
  page: OptionsState,
  status: StatusKey,
  make: () => Promise<Partial<PageState>>,
  said: string,
): Promise<boolean> {
  try {
    const changed = await make();
    page.update({ ...changed, [status]: sayAgain(said)(page.state[status]) });
    return true;
  } catch (error) {
    page.update({ [status]: sayAgain(reasonOf(error))(page.state[status]) });
    return false;
  }
}

/**
 * What a pin change from this page says: a pin here is an unpin undone (pins
 * are made on the new tab), of one entry or all.
 */
const PIN_SAID: Partial<Record<PinChange['type'], MessageKey>> = {
  unpin: 'pinned.unpinned',
  pin: 'pinned.pinnedAgain',
};
function pinSaid(change: PinChange): string {
  if (change.type !== 'all') {
    const key = PIN_SAID[change.type];
    return key ? t(key) : '';
  }
  const unpinned = change.changes[0]?.type === 'unpin';
  return tCount(unpinned ? 'pinned.allUnpinned' : 'pinned.allPinnedAgain', change.changes.length);
}

/** Makes a change to the pins and says so. */
export const pinChanger = (page: OptionsState) => (change: PinChange) =>
  changeAndSay(
    page,
    'pinStatus',
    async () => ({ pins: await changePins(change) }),
    pinSaid(change),
  );

/** What hiding or showing says: several hidden at once are Show again undone (of one entry or all). */
function hiddenSaid(change: HideOrShow): string {
  if (change.type === 'show') return t('hidden.shownAgain');
  if (change.type === 'hide') return t('newtab.hidden');
  const shown = change.changes[0]?.type === 'show';
  return tCount(shown ? 'hidden.allShownAgain' : 'hidden.hiddenAgain', change.changes.length);
}

/** Hides an entry or shows it again, and says so. */
export const hiddenChanger = (page: OptionsState) => (change: HideOrShow) =>
  changeAndSay(
    page,
    'hiddenStatus',
    async () => ({ hidden: await changeHidden(change) }),
    hiddenSaid(change),
  );
