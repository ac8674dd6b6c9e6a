import type { ComponentChildren, JSX } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Entry } from '../../utils/entry';
import type { DraftProblem, EntryDraft } from '../../utils/ownEntries';
import { kindLabel, topicLabel } from '../labels';
import { reasonOf, t, tCount } from '../translate';
import { EntryForm } from './EntryForm';
import { ListCount } from './ListCount';
import { PAGE_SIZE, Pager, pageOf } from './Pager';
import { SearchField } from './SearchField';
import { searchCount } from './searchCount';
import { StatusWithUndo, useUndoOffer } from './UndoOffer';
import { useSearchedPages } from './useSearchedPages';

export interface YourEntriesProps {
  /** The user's own entries, in order (source 'own', ids 'u-…'). */
  entries: readonly Entry[];
  /** Topic ids to offer as checkboxes: the controlled ones first, then the user's own in use. */
  topics: readonly string[];
  /** Every author in use, sorted: the form suggests them. */
  authors: readonly string[];
  /** How many own entries are kept on this browser only (sync is full). */
  notSynced: number;
  /** Adds (id null) or saves an edit begun from revision baseRev; resolves null when saved, else problems to show beside the fields. */
  onSave: (
    id: string | null,
    draft: EntryDraft,
    baseRev?: number,
  ) => Promise<DraftProblem[] | null>;
  /** Deletes entries (one, or all those found); resolves to how many, as another tab may have deleted some. */
  onDelete: (ids: readonly string[]) => Promise<number>;
  /** Puts back the entries deleted last. */
  onUndoDelete: () => Promise<void>;
  /** More about the entries, after their list (renaming a topic or an author). */
  children?: ComponentChildren;
}

const FIRST_WORDS = 6;

const editId = (id: string) => `own-edit-${id}`;
const deleteId = (id: string) => `own-delete-${id}`;
const textId = (id: string) => `own-entry-${id}`;
/** Where focus goes when nothing better is on screen. */
const FALLBACK_FOCUS = ['own-search', 'own-text'];
const DELETE_ALL_ID = 'own-delete-all';

/**
 * The first few words of an entry, to name it in a status: without the stop
 * or comma they end on, which the status's own sentence would repeat
 * ("Deleted “Be kind.”.").
 */
export function firstWords(text: string): string {
  const words = text.trim().split(/\s+/);
  const head = words
    .slice(0, FIRST_WORDS)
    .join(' ')
    .replace(/[.,;:。]+$/u, '');
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

/** What a delete took away: one entry, or all those found (`count`). */
interface Deleted {
  /** The one entry's id and first words, or null for several. */
  one: { id: string; label: string } | null;
  count: number;
  /** Where it was among the entries matching `query`, to show its page again on Undo. */
  position: number;
  query: string;
}

/** Section "Your entries": add, edit, find and delete the user's own quotes and tips. */
export function YourEntries(props: YourEntriesProps): JSX.Element {
  const { entries, notSynced } = props;
  const [editing, setEditing] = useState<Entry | null>(null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const undo = useUndoOffer<Deleted>();
  const focusLater = useFocusLater();

  // After the last entry of the last page goes, the page before it is shown.
  const { query, search, found: matches, page, setPage, listAgain } = useSearchedPages(entries);
  const first = page * PAGE_SIZE;
  const shown = matches.slice(first, first + PAGE_SIZE);

  const endEdit = (id: string) => {
    setEditing(null);
    // Back to the entry's page, should the user have paged away while editing.
    const at = matches.findIndex((entry) => entry.id === id);
    if (at >= 0) setPage(pageOf(at));
    focusLater([editId(id), ...FALLBACK_FOCUS]);
  };

  /** position: among the entries matching the search, from the first page's first. */
  const remove = async (entry: Entry, position: number) => {
    // Focus stays in the list: on the next entry (which moves up onto this page),
    // or the previous one at the end (on the page before, when this page empties).
    const neighbours = [matches[position + 1], matches[position - 1]].flatMap((e) =>
      e ? [deleteId(e.id)] : [],
    );
    const label = firstWords(entry.text);
    setFailure('');
    let deleted: number;
    try {
      deleted = await props.onDelete([entry.id]);
    } catch (error) {
      setFailure(t('own.deleteFailed', { label, reason: reasonOf(error) }));
      return;
    }
    if (editing?.id === entry.id) setEditing(null);
    if (deleted > 0) {
      setStatus(t('own.deleted', { label }));
      undo.start({ one: { id: entry.id, label }, count: 1, position, query });
    } else {
      setStatus(t('own.alreadyDeleted', { label }));
      undo.end();
    }
    focusLater([...neighbours, ...FALLBACK_FOCUS]);
  };

  /** Deletes every entry found (all of them, without a search); Undo, which takes the focus, puts them back. */
  const removeFound = async () => {
    const ids = matches.map((entry) => entry.id);
    setFailure('');
    let deleted: number;
    try {
      deleted = await props.onDelete(ids);
    } catch (error) {
      setFailure(tCount('own.deleteAllFailed', ids.length, { reason: reasonOf(error) }));
      return;
    }
    if (editing && ids.includes(editing.id)) setEditing(null);
    if (deleted > 0) {
      setStatus(tCount('own.deletedAll', deleted));
      undo.start({ one: null, count: deleted, position: 0, query }, { focus: true });
    } else {
      setStatus(tCount('own.alreadyDeletedAll', ids.length));
      undo.end();
      focusLater(FALLBACK_FOCUS);
    }
  };

  const putBack = () => {
    setFailure('');
    return undo.run(() => props.onUndoDelete(), {
      failed: (error, { one, count }) => {
        const reason = reasonOf(error);
        setFailure(
          one
            ? t('own.putBackFailed', { label: one.label, reason })
            : tCount('own.putBackAllFailed', count, { reason }),
        );
      },
      done: ({ one, count, position, query: then }) => {
        // Listed as they were, whatever was searched since, so the focus finds its button.
        listAgain(then, position);
        if (!one) {
          setStatus(tCount('own.putBackAll', count));
          focusLater([DELETE_ALL_ID, ...FALLBACK_FOCUS]);
          return;
        }
        setStatus(t('own.putBack', { label: one.label }));
        focusLater([editId(one.id), ...FALLBACK_FOCUS]);
      },
    });
  };

  return (
    <section id="own" aria-labelledby="own-title">
      <h2 id="own-title">{t('own.title')}</h2>
      <div role="status">
        {notSynced > 0 && <p class="sync-problem">{tCount('own.notSynced', notSynced)}</p>}
      </div>
      <EntryForm
        editing={editing}
        topics={props.topics}
        authors={props.authors}
        onSave={(draft) => props.onSave(editing?.id ?? null, draft, editing?.rev ?? 0)}
        onSaveAsNew={(draft) => props.onSave(null, draft)}
        onSaved={() => {
          if (editing) endEdit(editing.id);
        }}
        onCancel={() => {
          if (editing) endEdit(editing.id);
        }}
      />
      <h3 id="own-list-title">{t('own.listTitle')}</h3>
      <StatusWithUndo
        id="own-status"
        status={status}
        undo={undo}
        label={t('own.undo')}
        onUndo={() => void putBack()}
      />
      {failure && (
        <p class="field-error" role="alert">
          {failure}
        </p>
      )}
      {entries.length === 0 ? (
        <p class="hint">{t('own.none')}</p>
      ) : (
        <>
          <SearchField id="own-search" label={t('own.search')} value={query} onInput={search} />
          <ListCount
            count={searchCount(
              { key: 'own.total', count: entries.length },
              matches.length,
              query.trim(),
            )}
            listed={matches.length}
            all={{
              id: DELETE_ALL_ID,
              label: 'own.deleteAll',
              onClick: removeFound,
            }}
          />
          <ul class="own-list" aria-labelledby="own-list-title">
            {shown.map((entry, onPage) => (
              <OwnEntryItem
                key={entry.id}
                entry={entry}
                editing={editing?.id === entry.id}
                onEdit={() => {
                  setEditing(entry);
                  focusLater(['own-text']);
                }}
                onDelete={() => void remove(entry, first + onPage)}
              />
            ))}
          </ul>
          <Pager label={t('own.pages')} page={page} count={matches.length} onPage={setPage} />
        </>
      )}
      {props.children}
    </section>
  );
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
      <p class="own-text" id={textId(entry.id)} dir="auto" lang={entry.lang}>
        {entry.text}
      </p>
      <p class="own-meta" dir="auto">
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
