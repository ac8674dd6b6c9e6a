import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { ENTRY_KINDS, type Entry } from '../../utils/entry';
import { graphemeLength } from '../../utils/graphemes';
import {
  type DraftField,
  type DraftProblem,
  type EntryDraft,
  MAX_TEXT_LENGTH,
  tidyText,
} from '../../utils/ownEntries';
import { kindLabel } from '../labels';
import { formatNumber, say, t } from '../translate';
import { describedBy, errorId, FieldError, TextField } from './FormField';
import { RadioGroup } from './RadioGroup';
import { TopicList } from './TopicList';
import { EMPTY_FIELDS, type Fields, fieldsOf, useEntrySave } from './useEntrySave';
import { useReached } from './useReached';

/** Order of the fields on screen: focus goes to the first one with a problem. */
const FIELD_ORDER: readonly DraftField[] = ['kind', 'text', 'author', 'topics'];

/** The control a problem with each field is shown beside (topics: the free-text input). */
const CONTROLS: Record<DraftField, string> = {
  kind: 'input[name="own-kind"]:checked',
  text: '#own-text',
  author: '#own-author',
  topics: '#own-new-topics',
};

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
  const { editing, topics, authors, onCancel } = props;
  const [fields, setFields] = useState<Fields>(() => fieldsOf(editing));
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [focusField, setFocusField] = useState<DraftField | null>(null);
  const authorField = useReached();
  const { status, failure, conflicted, save, keepAsNew } = useEntrySave({
    ...props,
    fields,
    showProblems: (found) => {
      setProblems(found);
      setFocusField(FIELD_ORDER.find((field) => found.some((p) => p.field === field)) ?? null);
    },
    empty: () => {
      setFields(EMPTY_FIELDS);
      setProblems([]);
    },
  });

  // Starting or ending an edit fills the form with that entry, or empties it.
  useEffect(() => {
    setFields(fieldsOf(editing));
    setProblems([]);
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

  const messageOf = (field: DraftField) =>
    problems
      .filter((problem) => problem.field === field)
      .map((problem) => say(problem.message))
      .join(' ');

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
      <FieldError field="kind" message={messageOf('kind')} />
      <EntryText
        value={fields.text}
        message={messageOf('text')}
        onValue={(text) => update({ text }, 'text')}
        onSave={() => void save()}
      />
      <TextField
        id="own-author"
        label={t('form.author')}
        field="author"
        message={messageOf('author')}
        value={fields.author}
        onValue={(author) => update({ author }, 'author')}
        suggestions="own-authors"
        onFocus={authorField.onFocus}
      />
      <datalist id="own-authors">
        {authorField.reached && authors.map((author) => <option key={author} value={author} />)}
      </datalist>
      <TopicList
        searchId="own-topic-search"
        legend={t('form.topics')}
        hint={t('form.topicsHint')}
        topics={offered}
        checked={fields.topics}
        onChange={(checked) => update({ topics: checked }, 'topics')}
      />
      <TextField
        id="own-new-topics"
        label={t('form.newTopics')}
        field="topics"
        message={messageOf('topics')}
        value={fields.newTopics}
        onValue={(newTopics) => update({ newTopics }, 'topics')}
      />
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

interface EntryTextProps {
  value: string;
  /** What is wrong with the text: empty when nothing is. */
  message: string;
  onValue: (text: string) => void;
  onSave: () => void;
}

/** The entry's text: several lines, counted, with a hint; Enter saves the form. */
function EntryText({ value, message, onValue, onSave }: EntryTextProps) {
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLTextAreaElement>) => {
    // Enter saves; Shift+Enter is a new line; an IME composing text needs its Enter.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    onSave();
  };
  return (
    <div class="field">
      <label for="own-text">{t('form.text')}</label>
      <textarea
        id="own-text"
        dir="auto"
        rows={4}
        required
        value={value}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(
          !!message && errorId('text'),
          'own-text-count',
          'own-text-hint',
        )}
        onInput={(event) => onValue(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <TextCounter text={value} />
      <p class="hint" id="own-text-hint">
        {t('form.textHint')}
      </p>
      <FieldError field="text" message={message} />
    </div>
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
