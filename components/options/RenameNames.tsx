import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { NameKind } from '../../utils/renameName';
import { sayAgain } from '../sayAgain';
import { t } from '../translate';
import { TextField } from './FormField';
import { StatusWithUndo, useUndoOffer } from './UndoOffer';
import { useReached } from './useReached';

/**
 * A rename's outcome: what it says, with the name as spelt now, and how to
 * undo it (not for an Undo); or the problem with the new name.
 */
export type RenameOutcome =
  | { said: string; name: string; undo?: () => Promise<RenameOutcome> }
  | { problem: string };

interface Props {
  /** The names the user may rename: their own topics and their entries' authors. */
  names: Record<NameKind, readonly string[]>;
  onRename: (kind: NameKind, from: string, typed: string) => Promise<RenameOutcome>;
}

const KINDS: readonly NameKind[] = ['topic', 'author'];
const GROUP_LABELS = { topic: 'rename.topics', author: 'rename.authors' } as const;
const optionValue = (kind: NameKind, name: string) => `${kind}:${name}`;

/**
 * "Rename a topic or an author": picks one of the user's own topics or
 * authors and renames it in every entry of theirs (and in the filters). The
 * new name starts as the old one, to change its case or spelling.
 */
export function RenameNames({ names, onRename }: Props): JSX.Element | null {
  const choices = KINDS.flatMap((kind) => names[kind].map((name) => ({ kind, name })));
  const [picked, setPicked] = useState<{ kind: NameKind; name: string } | null>(null);
  const chosen =
    choices.find((c) => picked && c.kind === picked.kind && c.name === picked.name) ?? choices[0];
  /** The new name as typed, for the name it renames (another one picked starts from its own). */
  const [typed, setTyped] = useState<{ for: string; text: string } | null>(null);
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const busy = useRef(false);
  const undo = useUndoOffer<{ kind: NameKind; back: () => Promise<RenameOutcome> }>();
  const which = useReached();
  if (!chosen) return null;
  const chosenValue = optionValue(chosen.kind, chosen.name);
  /** The names listed: until the select is reached, the one it shows. */
  const listed = (kind: NameKind) =>
    which.reached ? names[kind] : kind === chosen.kind ? [chosen.name] : [];
  const newName = typed?.for === chosenValue ? typed.text : chosen.name;

  const pick = (choice: { kind: NameKind; name: string }) => {
    setPicked(choice);
    setTyped(null);
    setProblem('');
  };

  /** Shows a rename done (or undone): the name picked as it is spelt now, and what was done. */
  const renamed = (kind: NameKind, outcome: { said: string; name: string }) => {
    pick({ kind, name: outcome.name });
    setStatus(sayAgain(outcome.said));
  };

  const rename = async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      const { kind } = chosen;
      const outcome = await onRename(kind, chosen.name, newName);
      if ('problem' in outcome) {
        setProblem(outcome.problem);
        document.getElementById('rename-name')?.focus();
        return;
      }
      renamed(kind, outcome);
      if (outcome.undo) undo.start({ kind, back: outcome.undo });
      else undo.end();
    } finally {
      busy.current = false;
    }
  };

  const undoRename = () =>
    undo.run(async ({ kind, back }) => {
      const outcome = await back();
      if ('problem' in outcome) {
        setStatus(outcome.problem);
        return false;
      }
      renamed(kind, outcome);
    });

  return (
    <form
      class="rename"
      aria-labelledby="rename-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void rename();
      }}
    >
      <h3 id="rename-title">{t('rename.title')}</h3>
      <p class="hint" id="rename-hint">
        {t('rename.hint')}
      </p>
      <div class="field">
        <label for="rename-which">{t('rename.which')}</label>
        <select
          id="rename-which"
          aria-describedby="rename-hint"
          value={chosenValue}
          onFocus={which.onFocus}
          onPointerEnter={which.onPointerEnter}
          onChange={(event) => {
            const value = event.currentTarget.value;
            const choice = choices.find((c) => optionValue(c.kind, c.name) === value);
            if (choice) pick(choice);
          }}
        >
          {KINDS.filter((kind) => listed(kind).length > 0).map((kind) => (
            <optgroup key={kind} label={t(GROUP_LABELS[kind])}>
              {listed(kind).map((name) => (
                <option key={name} value={optionValue(kind, name)}>
                  {name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <TextField
        id="rename-name"
        label={t('rename.newName')}
        field="rename"
        message={problem}
        value={newName}
        onValue={(text) => {
          setTyped({ for: chosenValue, text });
          setProblem('');
        }}
      />
      <div class="form-actions">
        <button type="submit">{t('rename.button')}</button>
      </div>
      <StatusWithUndo
        id="rename-status"
        status={status}
        undo={undo}
        label={t('own.undo')}
        onUndo={() => void undoRename()}
      />
    </form>
  );
}
