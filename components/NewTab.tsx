import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { clipboardText, entryWords } from '../utils/credit';
import type { EntryView } from '../utils/entry';
import type { Settings } from '../utils/settings';
import type { ShortcutAction } from '../utils/shortcuts';
import type { Shown } from '../utils/shuffleBag';
import { EmptyState } from './EmptyState';
import { EntryCard } from './EntryCard';
import { EntryControls } from './EntryControls';
import { OwnEntryQuestion } from './OwnEntryQuestion';
import { sayAgain } from './sayAgain';
import { t } from './translate';
import { useShortcutKeys } from './useShortcutKeys';

/** Moves through entries; implemented over storage by TabRotation. */
export interface Rotation {
  next(): Promise<Shown | null>;
  /** Where to go when the shown entry was taken away (see TabRotation.replace). */
  replace(): Promise<Shown | null>;
  previous(): Promise<Shown | null>;
  canGoBack(): Promise<boolean>;
}

export interface NewTabProps {
  /** The entry the tab opens with. */
  initialId: string | null;
  /** Whether Previous has somewhere to go from it, until the rotation says. */
  initialCanGoBack?: boolean;
  /** True while that entry is still being confirmed against storage. */
  busy: boolean;
  /** An entry as shown, with its labels; undefined for an id not (yet) known. */
  viewOf: (id: string) => EntryView | undefined;
  /** Ids the user's filters allow; when the shown entry leaves it, the tab moves on. */
  eligible: ReadonlySet<string>;
  /** Nothing is eligible only because the user hid it all: the empty state says so. */
  allHidden?: boolean;
  settings: Pick<Settings, 'showAuthor' | 'showTopics' | 'onlyPinned'>;
  pinned: ReadonlySet<string>;
  /** Pins or unpins an entry; resolves to whether it is pinned now, or a sentence when that failed. */
  togglePin: (id: string) => Promise<boolean | string>;
  /** Hides an entry for good (or shows it again); a sentence when something went wrong. */
  setHidden: (id: string, hidden: boolean) => Promise<string | null>;
  /** Whether an entry is one of the user's own (hiding it offers to delete it instead). */
  isOwn: (id: string) => boolean;
  /**
   * Deletes an own entry; resolves to how to put it back (which resolves to a
   * sentence when that failed), or a sentence when the delete failed.
   */
  deleteOwn: (id: string) => Promise<{ undo: () => Promise<string | null> } | string>;
  rotation: Rotation;
  optionsUrl: string;
  openSettings: () => void;
  /** Ends the first paint's hand-over: the actions asked for before this took over. */
  takeOver?: () => readonly ShortcutAction[];
}

export function NewTab(props: NewTabProps) {
  const { initialId, viewOf, eligible, settings, rotation } = props;
  const [shown, setShown] = useState(initialId);
  const [canGoBack, setCanGoBack] = useState(props.initialCanGoBack ?? false);
  const [announcement, setAnnouncement] = useState('');
  const [status, setStatus] = useState('');
  /** What Undo beside the status puts back: the entry just hidden or deleted. */
  const [undo, setUndo] = useState<{ run: () => Promise<void> } | null>(null);
  /** The own entry whose Hide asks whether to delete it instead. */
  const [asking, setAsking] = useState<string | null>(null);
  // A move started before storage answered ends after it: it reads the entries as they are then.
  const latestViewOf = useRef(viewOf);
  latestViewOf.current = viewOf;
  /** Where the focus goes from Undo, which leaves the page once used. */
  const hideButton = useRef<HTMLButtonElement>(null);

  // An entry unpinned here while only pinned entries show stays on screen,
  // unpinned, until the user moves on.
  const [kept, setKept] = useState<string | null>(null);
  const entry =
    shown !== null && (eligible.has(shown) || shown === kept) ? viewOf(shown) : undefined;
  // While the tab moves on from an entry the filters have just dropped (see
  // below), that entry stays on screen, inert: no frame without an entry
  // comes between the two, and the controls keep their place. The last
  // render's entry, not viewOf(shown): an entry deleted meanwhile has no view,
  // and one the empty state had already replaced must not come back.
  const lastOnScreen = useRef<EntryView>();
  const onScreen =
    entry ?? (shown !== null && eligible.size > 0 ? lastOnScreen.current : undefined);
  lastOnScreen.current = onScreen;

  useEffect(() => {
    rotation.canGoBack().then(setCanGoBack, () => setCanGoBack(false));
  }, [rotation, shown, eligible]);

  /** Shows where a step leads; nowhere (nothing matches) is the empty state. */
  const move = useCallback(async (step: () => Promise<Shown | null>, announce = true) => {
    const target = await step();
    setKept(null);
    setShown(target?.id ?? null);
    setAsking(null);
    // A quiet move (the filters changed) leaves the status, and its Undo, to the user.
    if (announce) {
      setStatus('');
      setUndo(null);
    }
    const next = target ? latestViewOf.current(target.id) : undefined;
    if (next && announce) {
      setAnnouncement(
        t('newtab.announce', { kind: next.kindLabel, text: entryWords(next), credit: next.credit }),
      );
    }
  }, []);

  // The filters changed under the shown entry (or let something through at
  // last): move on quietly to one that matches.
  useEffect(() => {
    if (!entry && eligible.size > 0) void move(() => rotation.replace(), false);
  }, [eligible]);

  const copy = useCallback(async () => {
    if (!entry) return;
    let said: string;
    try {
      await navigator.clipboard.writeText(clipboardText(entry, entry.credit));
      said = t('newtab.copied');
    } catch {
      said = t('newtab.copyFailed');
    }
    setStatus(sayAgain(said));
  }, [entry]);

  const isPinned = onScreen !== undefined && props.pinned.has(onScreen.id);
  const pin = useCallback(async () => {
    if (!entry) return;
    if (isPinned && settings.onlyPinned) setKept(entry.id);
    const pinned = await props.togglePin(entry.id);
    setStatus(pinned === true ? t('newtab.pinned') : pinned || t('newtab.unpinned'));
  }, [entry, isPinned, settings.onlyPinned, props.togglePin]);

  /** After hiding or deleting the shown entry: the next one, and Undo to bring it back. */
  const leave = useCallback(
    async (id: string, done: string, putBack: () => Promise<string | null>) => {
      // Never back to the entry just taken away (the filters may not have
      // dropped it yet): with nothing else to show, the empty state and Undo.
      await move(async () => {
        const target = await rotation.replace();
        return target?.id === id ? null : target;
      });
      setStatus(done);
      const offer = {
        run: async () => {
          // Pressed once, put back once: Undo goes at once, and comes back
          // beside the reason if putting the entry back failed.
          setUndo(null);
          const problem = await putBack();
          if (problem) {
            setStatus(problem);
            setUndo(offer);
            return;
          }
          // Shown at once, before the filters have caught up with it.
          setKept(id);
          setShown(id);
          setStatus(t('newtab.unhidden'));
        },
      };
      setUndo(offer);
    },
    [rotation],
  );

  const hideNow = useCallback(
    async (id: string) => {
      setAsking(null);
      // Kept on screen until the tab has moved on: the filters dropping it must not move it too.
      setKept(id);
      const problem = await props.setHidden(id, true);
      if (problem) setStatus(problem);
      else await leave(id, t('newtab.hidden'), () => props.setHidden(id, false));
    },
    [props.setHidden, leave],
  );

  const deleteNow = useCallback(
    async (id: string) => {
      setAsking(null);
      setKept(id);
      const outcome = await props.deleteOwn(id);
      if (typeof outcome === 'string') setStatus(outcome);
      else await leave(id, t('newtab.deleted'), outcome.undo);
    },
    [props.deleteOwn, leave],
  );

  const hide = useCallback(() => {
    if (!entry) return;
    if (props.isOwn(entry.id)) setAsking(entry.id);
    else void hideNow(entry.id);
  }, [entry, props.isOwn, hideNow]);

  const actions: Record<ShortcutAction, () => void> = {
    next: () => move(() => rotation.next()),
    // At the start of the history, Previous stays.
    previous: async () => {
      const target = await rotation.previous();
      if (target) await move(async () => target);
    },
    copy,
    pin,
    hide,
  };

  useShortcutKeys(actions, entry !== undefined, props.takeOver);

  return (
    <main class="newtab" aria-busy={props.busy}>
      <h1 class="visually-hidden">{t('newtab.heading')}</h1>
      {onScreen ? (
        <EntryCard
          view={onScreen}
          animate={shown !== initialId}
          showCredit={settings.showAuthor}
          showTopics={settings.showTopics}
        />
      ) : (
        // Also while the tab leaves it for an entry the filters let through at last.
        !props.busy && (
          <EmptyState
            optionsUrl={props.optionsUrl}
            reason={props.allHidden ? 'hidden' : settings.onlyPinned ? 'pinned' : 'filters'}
          />
        )
      )}
      <EntryControls
        hasEntry={onScreen !== undefined}
        canGoBack={canGoBack}
        pinned={isPinned}
        onPin={pin}
        onHide={hide}
        hideRef={hideButton}
        onPrevious={actions.previous}
        onNext={actions.next}
        onCopy={copy}
        onSettings={props.openSettings}
      />
      {asking && (
        <OwnEntryQuestion
          onDelete={() => void deleteNow(asking)}
          onHide={() => void hideNow(asking)}
          onCancel={() => setAsking(null)}
        />
      )}
      <p class="status" role="status">
        {status}
      </p>
      {undo && (
        <button
          type="button"
          class="undo"
          onClick={(event) => {
            if (document.activeElement === event.currentTarget) hideButton.current?.focus();
            void undo.run();
          }}
        >
          {t('newtab.undo')}
        </button>
      )}
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </main>
  );
}
