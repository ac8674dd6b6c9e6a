import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Entry } from '../../utils/entry';
import type { DraftProblem, EntryDraft } from '../../utils/ownEntries';
import { kindLabel, topicLabel } from '../labels';
import { reasonOf, t, tCount } from '../translate';
import { EntryForm } from './EntryForm';
import { SearchField } from './SearchField';

export interface YourEntriesProps {
  /** The user's own entries, in order (source 'own', ids 'u-…'). */
  entries: readonly Entry[];
  /** Topic ids to offer as checkboxes: the controlled ones first, then the user's own in use. */
  topics: readonly string[];
  /** How many own entries are kept on this browser only (sync is full). */
  notSynced: number;
  /** id null adds; resolves null when saved, else problems to show beside the fields. */
  onSave: (id: string | null, draft: EntryDraft) => Promise<DraftProblem[] | null>;
  onDelete: (id: string) => Promise<void>;
  /** Puts back the entry deleted last. */
  onUndoDelete: () => Promise<void>;
}

/** Entries shown at first, and added by each "Show more". */
export const PAGE_SIZE = 50;
/** How long the Undo of a deletion stays offered. */
export const UNDO_MS = 8000;
const FIRST_WORDS = 6;

const editId = (id: string) => `own-edit-${id}`;
const deleteId = (id: string) => `own-delete-${id}`;
const textId = (id: string) => `own-entry-${id}`;
/** Where focus goes when nothing better is on screen. */
const FALLBACK_FOCUS = ['own-search', 'own-text'];

/** The first few words of an entry, to name it in a status. */
export function firstWords(text: string): string {
  const words = text.trim().split(/\s+/);
  const head = words.slice(0, FIRST_WORDS).join(' ');
  return words.length > FIRST_WORDS ? `${head}…` : head;
}

/**
 * Focuses the first of some elements (by id) that exists, after the next render
 * and before it is painted, so no key press lands in between.
 */
function useFocusLater(): (ids: readonly string[]) => void {
  const [ids, setIds] = useState<readonly string[] | null>(null);
  useLayoutEffect(() => {
    if (!ids) return;
    const target = ids.map((id) => document.getElementById(id)).find(Boolean);
    target?.focus();
    setIds(null);
  }, [ids]);
  return setIds;
}

interface Deleted {
  id: string;
  label: string;
}

/**
 * The Undo offered after a deletion: it goes after UNDO_MS, but never from
 * under the keyboard focus (it waits for the focus to leave).
 */
function useUndoOffer() {
  const [offer, setOffer] = useState<Deleted | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const expired = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const expire = () => {
    expired.current = true;
    if (document.activeElement !== button.current) setOffer(null);
  };
  const start = (deleted: Deleted) => {
    window.clearTimeout(timer.current);
    expired.current = false;
    setOffer(deleted);
    timer.current = window.setTimeout(expire, UNDO_MS);
  };
  const end = () => {
    window.clearTimeout(timer.current);
    setOffer(null);
  };
  const onBlur = () => {
    if (expired.current) setOffer(null);
  };
  return { offer, start, end, button, onBlur };
}

/** Section "Your entries": add, edit, find and delete the user's own quotes and tips. */
export function YourEntries(props: YourEntriesProps): JSX.Element {
  const { entries, notSynced } = props;
  const [editing, setEditing] = useState<Entry | null>(null);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const undo = useUndoOffer();
  const focusLater = useFocusLater();

  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase();
    if (!needle) return entries;
    return entries.filter(
      (entry) =>
        entry.text.toLowerCase().includes(needle) ||
        (entry.author ?? '').toLowerCase().includes(needle),
    );
  }, [entries, query]);
  const shown = matches.slice(0, limit);

  const endEdit = (id: string) => {
    setEditing(null);
    focusLater([editId(id), ...FALLBACK_FOCUS]);
  };

  const remove = async (entry: Entry, position: number) => {
    // Focus stays in the list: on the next entry, or the previous one at the end.
    const neighbours = [shown[position + 1], shown[position - 1]].flatMap((e) =>
      e ? [deleteId(e.id)] : [],
    );
    setFailure('');
    try {
      await props.onDelete(entry.id);
    } catch (error) {
      setFailure(t('own.deleteFailed', { label: firstWords(entry.text), reason: reasonOf(error) }));
      return;
    }
    if (editing?.id === entry.id) setEditing(null);
    const label = firstWords(entry.text);
    setStatus(t('own.deleted', { label }));
    undo.start({ id: entry.id, label });
    focusLater([...neighbours, ...FALLBACK_FOCUS]);
  };

  const putBack = async () => {
    const deleted = undo.offer;
    if (!deleted) return;
    undo.end();
    setFailure('');
    try {
      await props.onUndoDelete();
    } catch (error) {
      setFailure(t('own.putBackFailed', { label: deleted.label, reason: reasonOf(error) }));
      return;
    }
    setStatus(t('own.putBack', { label: deleted.label }));
    focusLater([editId(deleted.id), ...FALLBACK_FOCUS]);
  };

  const showMore = () => {
    const next = matches[limit];
    setLimit(limit + PAGE_SIZE);
    if (next) focusLater([editId(next.id)]);
  };

  return (
    <section aria-labelledby="own-title">
      <h2 id="own-title">{t('own.title')}</h2>
      <div role="status">
        {notSynced > 0 && <p class="sync-problem">{tCount('own.notSynced', notSynced)}</p>}
      </div>
      <EntryForm
        editing={editing}
        topics={props.topics}
        onSave={(draft) => props.onSave(editing?.id ?? null, draft)}
        onSaved={() => {
          if (editing) endEdit(editing.id);
        }}
        onCancel={() => {
          if (editing) endEdit(editing.id);
        }}
      />
      <h3 id="own-list-title">{t('own.listTitle')}</h3>
      <div class="own-status">
        <p class="status" role="status" id="own-status">
          {status}
        </p>
        {undo.offer && (
          <button
            type="button"
            ref={undo.button}
            aria-describedby="own-status"
            onClick={() => void putBack()}
            onBlur={undo.onBlur}
          >
            {t('own.undo')}
          </button>
        )}
      </div>
      {failure && (
        <p class="field-error" role="alert">
          {failure}
        </p>
      )}
      {entries.length === 0 ? (
        <p class="hint">{t('own.none')}</p>
      ) : (
        <>
          <SearchField
            id="own-search"
            label={t('own.search')}
            value={query}
            onInput={(value) => {
              setQuery(value);
              setLimit(PAGE_SIZE);
            }}
          />
          <p class="hint" aria-live="polite">
            {countLine(entries.length, matches.length, shown.length, query.trim())}
          </p>
          <ul class="own-list" aria-labelledby="own-list-title">
            {shown.map((entry, position) => (
              <OwnEntryItem
                key={entry.id}
                entry={entry}
                editing={editing?.id === entry.id}
                onEdit={() => {
                  setEditing(entry);
                  focusLater(['own-text']);
                }}
                onDelete={() => void remove(entry, position)}
              />
            ))}
          </ul>
          {matches.length > shown.length && (
            <button type="button" class="show-more" onClick={showMore}>
              {tCount('own.showMore', Math.min(PAGE_SIZE, matches.length - shown.length))}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** How many entries there are, match the search and are shown. */
function countLine(total: number, matching: number, shown: number, query: string): string {
  if (query && matching === 0) return t('own.noMatch', { query });
  const base = query ? tCount('own.matching', matching, { query }) : tCount('own.total', total);
  return shown < matching ? `${base} ${t('own.showingFirst', { n: shown })}` : base;
}

interface ItemProps {
  entry: Entry;
  editing: boolean;
  onEdit: () => void;
  onDelete: () => void;
}

function OwnEntryItem({ entry, editing, onEdit, onDelete }: ItemProps) {
  const topics = entry.topics.map(topicLabel).join(', ');
  return (
    <li class={editing ? 'own-item editing' : 'own-item'}>
      <p class="own-text" id={textId(entry.id)}>
        {entry.text}
      </p>
      <p class="own-meta">
        {entry.author ?? t('unknownAuthor')} · {kindLabel(entry)}
        {topics && ` · ${topics}`}
        {editing && ` · ${t('own.beingEdited')}`}
      </p>
      <div class="own-actions">
        <button
          type="button"
          id={editId(entry.id)}
          aria-describedby={textId(entry.id)}
          onClick={onEdit}
        >
          {t('own.edit')}
        </button>
        <button
          type="button"
          id={deleteId(entry.id)}
          aria-describedby={textId(entry.id)}
          onClick={onDelete}
        >
          {t('own.delete')}
        </button>
      </div>
    </li>
  );
}
