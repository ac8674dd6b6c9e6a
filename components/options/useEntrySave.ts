import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry, EntryKind } from '../../utils/entry';
import {
  checkDraft,
  type DraftProblem,
  EditConflictError,
  type EntryDraft,
  splitTopics,
} from '../../utils/ownEntries';
import { sayAgain } from '../sayAgain';
import { reasonOf, say, t } from '../translate';

/** The entry form's fields as typed: checkDraft tidies them on save. */
export interface Fields {
  kind: EntryKind;
  text: string;
  author: string;
  topics: string[];
  newTopics: string;
}

export const EMPTY_FIELDS: Fields = {
  kind: 'quote',
  text: '',
  author: '',
  topics: [],
  newTopics: '',
};

/** The fields filled with an entry, or empty for none. */
export const fieldsOf = (entry: Entry | null): Fields =>
  entry
    ? {
        kind: entry.kind,
        text: entry.text,
        author: entry.author ?? '',
        topics: [...entry.topics],
        newTopics: '',
      }
    : EMPTY_FIELDS;

const checkFields = (fields: Fields) =>
  checkDraft({
    kind: fields.kind,
    text: fields.text,
    author: fields.author,
    topics: [...fields.topics, ...splitTopics(fields.newTopics)],
  });

const sentenceOf = (found: readonly DraftProblem[]) =>
  found.map((problem) => say(problem.message)).join(' ');

interface SaveOptions {
  /** The entry being edited, or null when one is added. */
  editing: Entry | null;
  fields: Fields;
  /** Resolves null when saved, else the problems to show beside the fields. */
  onSave: (draft: EntryDraft) => Promise<DraftProblem[] | null>;
  /** Keeps an edit that lost to another tab or device as a new entry. */
  onSaveAsNew: (draft: EntryDraft) => Promise<DraftProblem[] | null>;
  /** After a successful save; an edit ends there. */
  onSaved: () => void;
  /** Shows problems beside the fields. */
  showProblems: (found: DraftProblem[]) => void;
  /** Empties the form, after a save. */
  empty: () => void;
}

/**
 * Saving the entry form: one save after another, the same form sent twice
 * saved once, and each outcome shown where the user is now (they may have
 * moved on while it ran). An edit that lost to another tab or device can
 * still be kept as a new entry (`conflicted`, `keepAsNew`).
 */
export function useEntrySave(options: SaveOptions) {
  const { editing, fields, onSave, onSaveAsNew, onSaved, showProblems, empty } = options;
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [conflicted, setConflicted] = useState<EntryDraft | null>(null);
  // `sent` is the form sent last, so sending it twice is one save.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const sent = useRef<Fields | null>(null);
  // What is on screen now, read when a save ends.
  const shown = useRef({ editing, fields });
  shown.current = { editing, fields };

  useEffect(() => {
    setFailure('');
    if (editing) setStatus('');
  }, [editing]);

  const problemsFound = (found: DraftProblem[]) => {
    showProblems(found);
    setStatus('');
  };

  const afterSave = (found: DraftProblem[] | null, submitted: Fields, target: Entry | null) => {
    const now = shown.current;
    if (found && found.length > 0) {
      // Beside the fields when they still show this entry; else said above the form.
      if (now.editing === target) problemsFound(found);
      else setFailure(t('form.saveFailed', { reason: sentenceOf(found) }));
      return;
    }
    setStatus(sayAgain(t(target ? 'form.saved' : 'form.added')));
    // Only a form left as it was sent is emptied (and an edit ended): never what was typed since.
    if (now.editing === target && now.fields === submitted) {
      empty();
      onSaved();
    }
  };

  const save = async () => {
    const submitted = fields;
    const target = editing;
    if (sent.current === submitted) return;
    const checked = checkFields(submitted);
    if (!checked.ok) {
      problemsFound(checked.problems);
      return;
    }
    sent.current = submitted;
    setFailure('');
    setConflicted(null);
    const saved = queue.current.then(() => onSave(checked.draft));
    queue.current = saved.catch(() => undefined);
    try {
      afterSave(await saved, submitted, target);
    } catch (error) {
      if (error instanceof EditConflictError) {
        setFailure(say(error.text));
        setConflicted(checked.draft);
      } else setFailure(t('form.saveFailed', { reason: reasonOf(error) }));
    } finally {
      if (sent.current === submitted) sent.current = null;
    }
  };

  const keepAsNew = async (draft: EntryDraft) => {
    setConflicted(null);
    setFailure('');
    try {
      const found = await onSaveAsNew(draft);
      if (found && found.length > 0) {
        setFailure(sentenceOf(found));
        return;
      }
      setStatus(sayAgain(t('form.added')));
      empty();
      onSaved();
    } catch (error) {
      setFailure(t('form.saveFailed', { reason: reasonOf(error) }));
    }
  };

  return { status, failure, conflicted, save, keepAsNew };
}
