import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { clipboardText } from '../utils/credit';
import type { EntryView } from '../utils/entry';
import type { Settings } from '../utils/settings';
import { type ShortcutAction, shortcutFor } from '../utils/shortcuts';
import type { Shown } from '../utils/shuffleBag';
import { EmptyState } from './EmptyState';
import { EntryCard } from './EntryCard';
import { EntryControls } from './EntryControls';
import { t } from './translate';

/** Moves through entries; implemented over storage by TabRotation. */
export interface Rotation {
  next(): Promise<Shown | null>;
  previous(): Promise<Shown | null>;
  canGoBack(): Promise<boolean>;
}

interface Props {
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
  settings: Pick<Settings, 'showAuthor' | 'showTopics' | 'onlyPinned'>;
  pinned: ReadonlySet<string>;
  /** Pins or unpins an entry; resolves to a sentence for the user when something went wrong. */
  togglePin: (id: string) => Promise<string | null>;
  rotation: Rotation;
  optionsUrl: string;
  openSettings: () => void;
  /** Ends the first paint's hand-over: the actions asked for before this took over. */
  takeOver?: () => readonly ShortcutAction[];
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function NewTab(props: Props) {
  const { initialId, viewOf, eligible, settings, rotation } = props;
  const [shown, setShown] = useState(initialId);
  const [canGoBack, setCanGoBack] = useState(props.initialCanGoBack ?? false);
  const [announcement, setAnnouncement] = useState('');
  const [status, setStatus] = useState('');
  // A move started before storage answered ends after it: it reads the entries as they are then.
  const latestViewOf = useRef(viewOf);
  latestViewOf.current = viewOf;

  // An entry unpinned here while only pinned entries show stays on screen,
  // unpinned, until the user moves on.
  const [kept, setKept] = useState<string | null>(null);
  const entry =
    shown !== null && (eligible.has(shown) || shown === kept) ? viewOf(shown) : undefined;

  useEffect(() => {
    rotation.canGoBack().then(setCanGoBack, () => setCanGoBack(false));
  }, [rotation, shown, eligible]);

  const move = useCallback(async (step: () => Promise<Shown | null>, announce = true) => {
    const target = await step();
    if (target === null && announce) return;
    setKept(null);
    setShown(target?.id ?? null);
    setStatus('');
    const next = target ? latestViewOf.current(target.id) : undefined;
    if (next && announce) {
      setAnnouncement(
        t('newtab.announce', { kind: next.kindLabel, text: next.text, credit: next.credit }),
      );
    }
  }, []);

  // The filters changed under the shown entry (or let something through at
  // last): move on quietly to one that matches.
  useEffect(() => {
    if (!entry && eligible.size > 0) void move(() => rotation.next(), false);
  }, [eligible]);

  const copy = useCallback(async () => {
    if (!entry) return;
    try {
      await navigator.clipboard.writeText(clipboardText(entry, entry.credit));
      setStatus(t('newtab.copied'));
    } catch {
      setStatus(t('newtab.copyFailed'));
    }
  }, [entry]);

  const isPinned = entry !== undefined && props.pinned.has(entry.id);
  const pin = useCallback(async () => {
    if (!entry) return;
    if (isPinned && settings.onlyPinned) setKept(entry.id);
    const problem = await props.togglePin(entry.id);
    setStatus(problem ?? t(isPinned ? 'newtab.unpinned' : 'newtab.pinned'));
  }, [entry, isPinned, settings.onlyPinned, props.togglePin]);

  const actions: Record<ShortcutAction, () => void> = {
    next: () => move(() => rotation.next()),
    previous: () => move(() => rotation.previous()),
    copy,
    pin,
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        inTextField: isTextField(event.target),
      });
      if (!action || !entry) return;
      event.preventDefault();
      actions[action]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // Now that this handles keys and clicks, carry out what was asked before.
  useEffect(() => {
    for (const action of props.takeOver?.() ?? []) actions[action]();
  }, []);

  return (
    <main class="newtab" aria-busy={props.busy}>
      <h1 class="visually-hidden">{t('newtab.heading')}</h1>
      {entry ? (
        <EntryCard
          view={entry}
          animate={shown !== initialId}
          showCredit={settings.showAuthor}
          showTopics={settings.showTopics}
        />
      ) : (
        !props.busy &&
        eligible.size === 0 && (
          <EmptyState optionsUrl={props.optionsUrl} onlyPinned={settings.onlyPinned} />
        )
      )}
      <EntryControls
        hasEntry={entry !== undefined}
        canGoBack={canGoBack}
        pinned={isPinned}
        onPin={pin}
        onPrevious={actions.previous}
        onNext={actions.next}
        onCopy={copy}
        onSettings={props.openSettings}
      />
      <p class="status" role="status">
        {status}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </main>
  );
}
