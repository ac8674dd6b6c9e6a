// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../utils/entry';
import {
  applyOwnChange,
  checkDraft,
  collapse,
  duplicateKey,
  EditConflictError,
  entriesPutBack,
  hasDuplicate,
  MAX_TEXT_LENGTH,
  newOwnId,
  parseOwnEntry,
  storedOwnEntry,
  tidyText,
  toEntry,
  withoutEntries,
} from '../../utils/ownEntries';
import { text } from '../../utils/text';

const entry = (id: string, text = `Text of ${id}.`): Entry =>
  toEntry(id, { kind: 'quote', text, topics: [] });

/** Text of letters and every kind of white space and line end. */
const spacedText = fc
  .array(
    fc.constantFrom(
      'a',
      'é',
      '👍🏽',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\r',
      '\u00a0',
      '\u2003',
      '\ufeff',
      '\u2028',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

/** A fast path gives what the plain rewrite gives, on any such text. */
const agrees = (fast: (value: string) => string, rewrite: (value: string) => string) =>
  fc.assert(
    fc.property(spacedText, (value) => {
      expect(fast(value)).toBe(rewrite(value));
    }),
  );

describe('collapse', () => {
  it('makes every run of white space one space, and trims', () => {
    expect(collapse('  Be\t\tkind,\n\u00a0always. ')).toBe('Be kind, always.');
    expect(collapse('\u2003')).toBe('');
    expect(collapse('Already tidy.')).toBe('Already tidy.');
  });

  it('gives what rewriting every run gives, tidy text or not', () => {
    agrees(collapse, (value) => value.replace(/\s+/g, ' ').trim());
  });
});

describe('tidyText', () => {
  it('collapses the spaces of each line, drops blank lines, and keeps the line breaks', () => {
    expect(tidyText(' Roses are red, \r\n\r\n  violets\tare blue. \n')).toBe(
      'Roses are red,\nviolets are blue.',
    );
    expect(tidyText('One line.')).toBe('One line.');
    expect(tidyText('\n \n')).toBe('');
  });

  it('gives what tidying every line gives, tidy text or not', () => {
    agrees(tidyText, (value) =>
      value
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n'),
    );
  });
});

describe('checkDraft', () => {
  it('takes the word the interface shows for no author, in any of its languages and case, for none', () => {
    const authors = ['unknown', ' ANONYME ', 'Anonimo', 'unbekannt', 'Unknown author'].map(
      (author) => {
        const checked = checkDraft({ kind: 'quote', text: 'Hi.', author, topics: [] });
        return checked.ok ? checked.draft.author : 'refused';
      },
    );
    expect(authors).toEqual([undefined, undefined, undefined, undefined, 'Unknown author']);
  });

  it('reads a topic holding ";" or "|" as the topics they separate, as a CSV export and import would', () => {
    const checked = checkDraft({ kind: 'tip', text: 'Hi.', topics: ['calm;VIP', 'a | b', 'calm'] });
    expect(checked).toMatchObject({ ok: true, draft: { topics: ['calm', 'VIP', 'a', 'b'] } });
    // A comma stays: an older version stored such topics, and they read back as they were.
    const cell = checkDraft({ kind: 'tip', text: 'Hi.', topics: ['Work; life | calm, quiet;;'] });
    expect(cell).toMatchObject({ ok: true, draft: { topics: ['Work', 'life', 'calm, quiet'] } });
  });

  it('keeps the line breaks of a text, for a verse or a list', () => {
    const checked = checkDraft({ kind: 'quote', text: 'Listen.\nThen answer.', topics: [] });
    expect(checked).toMatchObject({ ok: true, draft: { text: 'Listen.\nThen answer.' } });
    expect(duplicateKey('Listen.\nThen answer.')).toBe(duplicateKey('listen. then answer.'));
  });

  it('keeps a topic as written, once whatever its case, and a built-in one as itself', () => {
    const checked = checkDraft({
      kind: 'tip',
      text: 'Hi.',
      topics: ['VIP  customers', 'vip customers', 'Black Friday', 'PATIENCE'],
    });
    expect(checked).toMatchObject({
      ok: true,
      draft: { topics: ['VIP customers', 'Black Friday', 'patience'] },
    });
  });

  it('tidies a valid draft: spaces collapsed, topics once each', () => {
    expect(
      checkDraft({
        kind: ' Tip ',
        text: '  Be   kind. ',
        author: ' Ann ',
        topics: ['Calm', 'calm', ' '],
      }),
    ).toEqual({
      ok: true,
      draft: { kind: 'tip', text: 'Be kind.', author: 'Ann', topics: ['calm'] },
    });
  });

  it('reports each problem against its field', () => {
    const result = checkDraft({ kind: 'poem', text: ' ', topics: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.field)).toEqual(['kind', 'text']);
      expect(result.problems[1]?.message).toEqual(text('draft.textEmpty'));
    }
  });

  it('refuses text over the limit, saying by how much', () => {
    const result = checkDraft({ kind: 'quote', text: 'x'.repeat(MAX_TEXT_LENGTH + 1), topics: [] });
    expect(result.ok ? undefined : result.problems[0]?.message).toEqual(
      text('draft.textTooLong', { length: 501, max: 500 }),
    );
  });

  it('counts characters as people see them: an emoji with its modifiers is one', () => {
    // 👍🏽 is two code points and four UTF-16 units; 👩‍👩‍👧 is five code points.
    for (const emoji of ['👍🏽', '👩‍👩‍👧', 'é', '🇫🇷']) {
      expect(
        checkDraft({ kind: 'quote', text: emoji.repeat(MAX_TEXT_LENGTH), topics: [] }).ok,
      ).toBe(true);
      const over = checkDraft({
        kind: 'quote',
        text: emoji.repeat(MAX_TEXT_LENGTH + 1),
        topics: [],
      });
      expect(over.ok ? undefined : over.problems[0]?.message).toEqual(
        text('draft.textTooLong', { length: 501, max: 500 }),
      );
    }
    const author = '😀'.repeat(100);
    expect(checkDraft({ kind: 'quote', text: 'Fine.', author, topics: [] }).ok).toBe(true);
  });
});

describe('own entry ids and storage shape', () => {
  it('makes distinct stable-looking ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newOwnId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^u-[a-z0-9]+-[a-z0-9]{8}$/);
  });

  it('stores an entry without its source and reads it back', () => {
    const original = toEntry('u-1', {
      kind: 'tip',
      text: 'Breathe.',
      author: 'Bo',
      topics: ['calm'],
    });
    expect(parseOwnEntry(JSON.parse(JSON.stringify(storedOwnEntry(original))))).toEqual(original);
  });

  it('reads an entry an older version stored by "Unknown" as one without an author', () => {
    const stored = { id: 'u-1', kind: 'quote', text: 'Be kind.', author: 'Unknown', topics: [] };
    expect(parseOwnEntry(stored)).not.toHaveProperty('author');
  });

  it('keeps the language detected for its text, and drops one that is no language tag', () => {
    const english = {
      ...toEntry('u-1', { kind: 'quote', text: 'Be kind.', topics: [] }),
      lang: 'en',
    };
    expect(parseOwnEntry(storedOwnEntry(english))).toEqual(english);
    for (const lang of ['', 'english', '"><b>', 42]) {
      expect(parseOwnEntry({ ...storedOwnEntry(english), lang })).not.toHaveProperty('lang');
    }
  });

  it.each([
    null,
    'text',
    { id: '', kind: 'quote', text: 'x' },
    { id: 'u-1', kind: 'poem', text: 'x' },
  ])('reads %j as no entry', (raw) => {
    expect(parseOwnEntry(raw)).toBeNull();
  });

  it('treats texts differing in case, spacing and quote marks as duplicates', () => {
    expect(duplicateKey('It’s  FINE')).toBe(duplicateKey("it's fine"));
  });
});

describe('applyOwnChange', () => {
  const list = [entry('a'), entry('b'), entry('c')];

  it('adds at the end, skipping ids already there', () => {
    expect(
      applyOwnChange(list, { type: 'add', entries: [entry('d'), entry('a')] }).map((e) => e.id),
    ).toEqual(['a', 'b', 'c', 'd']);
  });

  it('updates in place, deletes, and restores a deleted entry where it was', () => {
    const updated = applyOwnChange(list, { type: 'update', entry: entry('b', 'New.'), baseRev: 0 });
    expect(updated[1]).toMatchObject({ text: 'New.', rev: 1 });
    const deleted = applyOwnChange(list, { type: 'delete', ids: ['b'] });
    expect(deleted.map((e) => e.id)).toEqual(['a', 'c']);
    const restored = applyOwnChange(deleted, {
      type: 'restore',
      deleted: [{ entry: entry('b'), at: 1 }],
    });
    expect(restored.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('deletes several entries (those found, or those an import added), keeping the others in order', () => {
    const four = [...list, entry('d')];
    const after = applyOwnChange(four, { type: 'delete', ids: ['b', 'd', 'gone'] });
    expect(after.map((e) => e.id)).toEqual(['a', 'c']);
  });

  it('puts several deleted entries back at their places, whatever the order given, among entries added since', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => entry(id));
    const placed = [4, 1, 0].map((at) => ({ entry: six[at] as Entry, at }));
    const rest = applyOwnChange(six, { type: 'delete', ids: ['e', 'b', 'a'] });
    expect(rest.map((e) => e.id)).toEqual(['c', 'd', 'f']);
    const ids = (entries: readonly Entry[]) => entries.map((e) => e.id);
    expect(ids(entriesPutBack(rest, placed))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    // One added since, at the end; one deleted since: each put back where it was, or at the end.
    const since = [...withoutEntries(rest, ['d']), entry('g')];
    expect(ids(entriesPutBack(since, placed))).toEqual(['a', 'b', 'c', 'f', 'e', 'g']);
    expect(
      ids(
        entriesPutBack(
          ['c'].map((id) => entry(id)),
          placed,
        ),
      ),
    ).toEqual(['a', 'b', 'c', 'e']);
    // An entry already back (another tab's Undo) is not there twice.
    expect(ids(entriesPutBack(six, placed))).toEqual(ids(six));
    // The same as putting them back one by one, in the order of their places.
    const oneByOne = [...placed]
      .sort((x, y) => x.at - y.at)
      .reduce((entries, p) => entriesPutBack(entries, [p]), since);
    expect(ids(oneByOne)).toEqual(ids(entriesPutBack(since, placed)));
  });

  it('refuses an edit to an entry deleted or changed since the edit began', () => {
    const edit = (baseRev: number, id = 'b') =>
      applyOwnChange(list, { type: 'update', entry: entry(id, 'Mine.'), baseRev });
    expect(() => edit(0, 'gone')).toThrow(new EditConflictError('deleted'));
    const changedElsewhere = applyOwnChange(list, {
      type: 'update',
      entry: entry('b', 'Theirs.'),
      baseRev: 0,
    });
    expect(() =>
      applyOwnChange(changedElsewhere, { type: 'update', entry: entry('b', 'Mine.'), baseRev: 0 }),
    ).toThrow(EditConflictError);
    const second = applyOwnChange(changedElsewhere, {
      type: 'update',
      entry: entry('b', 'Mine, from theirs.'),
      baseRev: 1,
    });
    expect(second[1]).toMatchObject({ text: 'Mine, from theirs.', rev: 2 });
    expect(edit(0)[1]?.text).toBe('Mine.');
  });

  it('reads a stored revision back, and ignores one that is not a count', () => {
    const stored = storedOwnEntry({ ...entry('r'), rev: 3 });
    expect(parseOwnEntry(stored)?.rev).toBe(3);
    expect(parseOwnEntry({ ...stored, rev: -1 })?.rev).toBeUndefined();
    expect(parseOwnEntry({ ...stored, rev: 'x' })?.rev).toBeUndefined();
  });

  it('replaces everything', () => {
    expect(
      applyOwnChange(list, { type: 'replace', entries: [entry('z')] }).map((e) => e.id),
    ).toEqual(['z']);
  });
});

describe('hasDuplicate', () => {
  const list = [entry('a', 'Be “kind”.'), entry('b', 'Listen first.')];

  it('finds the same text, however spaced, cased or quoted, but not the entry being edited', () => {
    expect(hasDuplicate(list, '  be "KIND".', null)).toBe(true);
    expect(hasDuplicate(list, 'Be «kind».', null)).toBe(true);
    expect(hasDuplicate(list, 'Be “kind”.', 'a')).toBe(false);
    expect(hasDuplicate(list, 'Something new.', null)).toBe(false);
  });
});
