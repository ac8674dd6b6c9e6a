import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ENTRY_KINDS, type Entry, type EntryKind } from '../../utils/entry';
import { graphemeLength } from '../../utils/graphemes';
import {
  checkDraft,
  type DraftField,
  type DraftProblem,
  EditConflictError,
  type EntryDraft,
  MAX_TEXT_LENGTH,
  splitTopics,
  tidyText,
} from '../../utils/ownEntries';
import { kindLabel } from '../labels';
import { sayAgain } from '../sayAgain';
import { formatNumber, reasonOf, say, t } from '../translate';
import { RadioGroup } from './RadioGroup';
import { TopicList } from './TopicList';

/** The form's fields as typed: checkDraft tidies them on save. */
interface Fields {
  kind: EntryKind;
  text: string;
  author: string;
  topics: string[];
  newTopics: string;
}

const EMPTY: Fields = { kind: 'quote', text: '', author: '', topics: [], newTopics: '' };

const fieldsOf = (entry: Entry | null): Fields =>
  entry
    ? {
        kind: entry.kind,
        text: entry.text,
        author: entry.author ?? '',
        topics: [...entry.topics],
        newTopics: '',
      }
    : EMPTY;

/** Order of the fields on screen: focus goes to the first one with a problem. */
const FIELD_ORDER: readonly DraftField[] = ['kind', 'text', 'author', 'topics'];

/** The control a problem with each field is shown beside (topics: the free-text input). */
const CONTROLS: Record<DraftField, string> = {
  kind: 'input[name="own-kind"]:checked',
  text: '#own-text',
  author: '#own-author',
  topics: '#own-new-topics',
};

const errorId = (field: DraftField) => `own-${field}-error`;

/** aria-describedby from the ids that apply. */
const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;

interface Props {
  /** The entry being edited, or null to add one. */
  editing: Entry | null;
  /** Topic ids to offer as checkboxes. */
  topics: readonly string[];
  /** Authors to suggest as one is typed, so that one author is spelt one way. */
  authors: readonly string[];
  /** Resolves null when saved, else the problems to show beside the fields. */
  onSave: (draft: EntryDraft) => Promise<DraftProblem[] | null>;
  /** Keeps an edit that lost to another tab or device as a new entry. */
  onSaveAsNew: (draft: EntryDraft) => Promise<DraftProblem[] | null>;
  /** After a successful save; an edit ends there. */
  onSaved: () => void;
  onCancel: () => void;
}

/** Adds or edits one of the user's entries; checks it before saving so problems show in place. */
export function EntryForm(props: Props): JSX.Element {
  const { editing, topics, authors, onSave, onSaveAsNew, onSaved, onCancel } = props;
  const [fields, setFields] = useState<Fields>(() => fieldsOf(editing));
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [focusField, setFocusField] = useState<DraftField | null>(null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  /** An edit refused because the entry changed elsewhere: it can still be kept as a new one. */
  const [conflicted, setConflicted] = useState<EntryDraft | null>(null);
  // Saves run one after another; `sent` is the form sent last, so sending it twice is one save.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const sent = useRef<Fields | null>(null);
  // What is on screen now, read when a save ends: the user may have moved on meanwhile.
  const shown = useRef({ editing, fields });
  shown.current = { editing, fields };

  // Starting or ending an edit fills the form with that entry, or empties it.
  useEffect(() => {
    setFields(fieldsOf(editing));
    setProblems([]);
    setFailure('');
    if (editing) setStatus('');
  }, [editing]);

  // After the problems are rendered, so the field is announced with its message.
  useLayoutEffect(() => {
    if (!focusField) return;
    document.querySelector<HTMLElement>(CONTROLS[focusField])?.focus();
    setFocusField(null);
  }, [focusField]);

  /** Changes fields; a problem with a field goes once the user changes it. */
  const update = (changes: Partial<Fields>, field: DraftField) => {
    setFields((old) => ({ ...old, ...changes }));
    setProblems((old) => old.filter((problem) => problem.field !== field));
  };

  const showProblems = (found: DraftProblem[]) => {
    setProblems(found);
    setStatus('');
    setFocusField(FIELD_ORDER.find((field) => found.some((p) => p.field === field)) ?? null);
  };

  /** Shows a save's outcome, minding that the user may have moved on while it ran. */
  const afterSave = (found: DraftProblem[] | null, submitted: Fields, target: Entry | null) => {
    const now = shown.current;
    if (found && found.length > 0) {
      // Beside the fields when they still show this entry; else said above the form.
      const reason = found.map((problem) => say(problem.message)).join(' ');
      if (now.editing === target) showProblems(found);
      else setFailure(t('form.saveFailed', { reason }));
      return;
    }
    setStatus(sayAgain(t(target ? 'form.saved' : 'form.added')));
    // Only a form left as it was sent is emptied (and an edit ended): never what was typed since.
    if (now.editing === target && now.fields === submitted) {
      setFields(EMPTY);
      setProblems([]);
      onSaved();
    }
  };

  const save = async () => {
    const submitted = fields;
    const target = editing;
    if (sent.current === submitted) return;
    const checked = checkDraft({
      kind: submitted.kind,
      text: submitted.text,
      author: submitted.author,
      topics: [...submitted.topics, ...splitTopics(submitted.newTopics)],
    });
    if (!checked.ok) {
      showProblems(checked.problems);
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
        setFailure(found.map((problem) => say(problem.message)).join(' '));
        return;
      }
      setStatus(sayAgain(t('form.added')));
      setFields(EMPTY);
      onSaved();
    } catch (error) {
      setFailure(t('form.saveFailed', { reason: reasonOf(error) }));
    }
  };

  const onTextKey = (event: JSX.TargetedKeyboardEvent<HTMLTextAreaElement>) => {
    // Enter saves; Shift+Enter is a new line; an IME composing text needs its Enter.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    void save();
  };

  const messageOf = (field: DraftField) =>
    problems
      .filter((problem) => problem.field === field)
      .map((problem) => say(problem.message))
      .join(' ');
  const invalid = (field: DraftField) => (messageOf(field) ? true : undefined);
  const error = (field: DraftField) => {
    const message = messageOf(field);
    return message ? (
      <p class="field-error" id={errorId(field)}>
        {message}
      </p>
    ) : null;
  };

  /** A one-line field with its problem shown beside it and tied to it. */
  const textField = (
    id: string,
    label: string,
    field: DraftField,
    value: string,
    onValue: (value: string) => void,
    suggestions?: string,
  ) => (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        dir="auto"
        list={suggestions}
        value={value}
        aria-invalid={invalid(field)}
        aria-describedby={describedBy(!!invalid(field) && errorId(field))}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
      {error(field)}
    </div>
  );

  // Topics of the entry being edited are offered even if the caller did not list them.
  const offered = fields.topics.every((topic) => topics.includes(topic))
    ? topics
    : [...new Set([...topics, ...fields.topics])];

  return (
    <form
      class="entry-form"
      aria-labelledby="own-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id="own-form-title">{t(editing ? 'form.editTitle' : 'form.addTitle')}</h3>
      <RadioGroup
        legend={t('form.kind')}
        name="own-kind"
        options={ENTRY_KINDS.map((kind) => ({ value: kind, label: kindLabel({ kind }) }))}
        value={fields.kind}
        onChange={(kind) => update({ kind }, 'kind')}
      />
      {error('kind')}
      <div class="field">
        <label for="own-text">{t('form.text')}</label>
        <textarea
          id="own-text"
          dir="auto"
          rows={4}
          required
          value={fields.text}
          aria-invalid={invalid('text')}
          aria-describedby={describedBy(
            !!invalid('text') && errorId('text'),
            'own-text-count',
            'own-text-hint',
          )}
          onInput={(event) => update({ text: event.currentTarget.value }, 'text')}
          onKeyDown={onTextKey}
        />
        <TextCounter text={fields.text} />
        <p class="hint" id="own-text-hint">
          {t('form.textHint')}
        </p>
        {error('text')}
      </div>
      {textField(
        'own-author',
        t('form.author'),
        'author',
        fields.author,
        (author) => update({ author }, 'author'),
        'own-authors',
      )}
      <datalist id="own-authors">
        {authors.map((author) => (
          <option key={author} value={author} />
        ))}
      </datalist>
      <TopicList
        searchId="own-topic-search"
        legend={t('form.topics')}
        hint={t('form.topicsHint')}
        topics={offered}
        checked={fields.topics}
        onChange={(checked) => update({ topics: checked }, 'topics')}
      />
      {textField('own-new-topics', t('form.newTopics'), 'topics', fields.newTopics, (newTopics) =>
        update({ newTopics }, 'topics'),
      )}
      <div class="form-actions">
        <button type="submit" class="primary">
          {t(editing ? 'form.save' : 'form.add')}
        </button>
        {editing && (
          <button type="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        )}
      </div>
      <p class="status" role="status">
        {status}
      </p>
      {failure && (
        <p class="field-error" role="alert">
          {failure}
        </p>
      )}
      {conflicted && (
        <button type="button" onClick={() => void keepAsNew(conflicted)}>
          {t('own.conflict.keepMine')}
        </button>
      )}
    </form>
  );
}

/** "123 / 500", saying so when the text is too long (typing past the limit is allowed). */
function TextCounter({ text }: { text: string }) {
  // Counted as saved: checkDraft tidies the spaces before it checks the length.
  const length = graphemeLength(tidyText(text));
  const over = length - MAX_TEXT_LENGTH;
  return (
    <p class={over > 0 ? 'char-count over' : 'char-count'} id="own-text-count">
      {formatNumber(length)} / {formatNumber(MAX_TEXT_LENGTH)}
      {/* Announced once when the limit is crossed, not at every keystroke. */}
      <span aria-live="polite">
        {over > 0 ? ` ${t('form.tooLong', { max: MAX_TEXT_LENGTH })}` : ''}
      </span>
    </p>
  );
}
