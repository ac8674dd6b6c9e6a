import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { TOPIC_LABELS, type Topic } from '../../content/topics';
import type { Entry, EntryKind } from '../../utils/entry';
import {
  checkDraft,
  type DraftField,
  type DraftProblem,
  type EntryDraft,
  MAX_TEXT_LENGTH,
} from '../../utils/ownEntries';
import { CheckboxList } from './CheckboxList';
import { RadioGroup } from './RadioGroup';

/** A controlled topic's label, or the id itself for a topic the user made up. */
export function topicLabel(topic: string): string {
  return TOPIC_LABELS[topic as Topic] ?? topic;
}

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

const KIND_OPTIONS = [
  { value: 'quote', label: 'Quote' },
  { value: 'tip', label: 'Service tip' },
] as const;

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
const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();
const splitTopics = (value: string) => value.split(',').filter((topic) => topic.trim() !== '');

/** aria-describedby from the ids that apply. */
const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;

interface Props {
  /** The entry being edited, or null to add one. */
  editing: Entry | null;
  /** Topic ids to offer as checkboxes. */
  topics: readonly string[];
  /** Resolves null when saved, else the problems to show beside the fields. */
  onSave: (draft: EntryDraft) => Promise<DraftProblem[] | null>;
  /** After a successful save; an edit ends there. */
  onSaved: () => void;
  onCancel: () => void;
}

/** Adds or edits one of the user's entries; checks it before saving so problems show in place. */
export function EntryForm({ editing, topics, onSave, onSaved, onCancel }: Props): JSX.Element {
  const [fields, setFields] = useState<Fields>(() => fieldsOf(editing));
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [focusField, setFocusField] = useState<DraftField | null>(null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const saving = useRef(false);

  // Starting or ending an edit fills the form with that entry, or empties it.
  useEffect(() => {
    setFields(fieldsOf(editing));
    setProblems([]);
    setFailure('');
    if (editing) setStatus('');
  }, [editing]);

  // After the problems are rendered, so the field is announced with its message.
  useEffect(() => {
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

  const save = async () => {
    if (saving.current) return;
    const checked = checkDraft({
      kind: fields.kind,
      text: fields.text,
      author: fields.author,
      topics: [...fields.topics, ...splitTopics(fields.newTopics)],
    });
    if (!checked.ok) {
      showProblems(checked.problems);
      return;
    }
    saving.current = true;
    setFailure('');
    try {
      const found = await onSave(checked.draft);
      if (found && found.length > 0) {
        showProblems(found);
        return;
      }
      setStatus(editing ? 'Saved.' : 'Added.');
      setFields(EMPTY);
      setProblems([]);
      onSaved();
    } catch (error) {
      setFailure(`Could not save: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      saving.current = false;
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
      .map((problem) => problem.message)
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

  // Topics of the entry being edited are offered even if the caller did not list them.
  const offered = [...new Set([...topics, ...fields.topics])].map((topic) => ({
    value: topic,
    label: topicLabel(topic),
  }));

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
      <h3 id="own-form-title">{editing ? 'Edit entry' : 'Add an entry'}</h3>
      <RadioGroup
        legend="Kind"
        name="own-kind"
        options={KIND_OPTIONS}
        value={fields.kind}
        onChange={(kind) => update({ kind }, 'kind')}
      />
      {error('kind')}
      <div class="field">
        <label for="own-text">Text</label>
        <textarea
          id="own-text"
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
          Enter saves; Shift+Enter starts a new line.
        </p>
        {error('text')}
      </div>
      <div class="field">
        <label for="own-author">Author (optional)</label>
        <input
          id="own-author"
          type="text"
          value={fields.author}
          aria-invalid={invalid('author')}
          aria-describedby={describedBy(!!invalid('author') && errorId('author'))}
          onInput={(event) => update({ author: event.currentTarget.value }, 'author')}
        />
        {error('author')}
      </div>
      <CheckboxList
        legend="Topics"
        hint="Optional: tick the topics that fit, or add your own below."
        items={offered}
        checked={fields.topics}
        onChange={(checked) => update({ topics: checked }, 'topics')}
      />
      <div class="field">
        <label for="own-new-topics">New topics (comma-separated)</label>
        <input
          id="own-new-topics"
          type="text"
          value={fields.newTopics}
          aria-invalid={invalid('topics')}
          aria-describedby={describedBy(!!invalid('topics') && errorId('topics'))}
          onInput={(event) => update({ newTopics: event.currentTarget.value }, 'topics')}
        />
        {error('topics')}
      </div>
      <div class="form-actions">
        <button type="submit">{editing ? 'Save changes' : 'Add entry'}</button>
        {editing && (
          <button type="button" onClick={onCancel}>
            Cancel
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
    </form>
  );
}

/** "123 / 500", saying so when the text is too long (typing past the limit is allowed). */
function TextCounter({ text }: { text: string }) {
  // Counted as saved: checkDraft collapses runs of spaces before it checks the length.
  const length = collapse(text).length;
  const over = length - MAX_TEXT_LENGTH;
  return (
    <p class={over > 0 ? 'char-count over' : 'char-count'} id="own-text-count">
      {length} / {MAX_TEXT_LENGTH}
      {/* Announced once when the limit is crossed, not at every keystroke. */}
      <span aria-live="polite">
        {over > 0 ? ` Too long: shorten it to ${MAX_TEXT_LENGTH} characters to save.` : ''}
      </span>
    </p>
  );
}
