import { authorNames, authorSpeller } from './authorSpelling';
import { authorsInUse, type CorpusIndex } from './corpusIndex';
import type { ImportOptions } from './importParse';
import {
  type CleanDraft,
  checkDraft,
  type DraftProblem,
  duplicateKey,
  type EntryDraft,
  hasDuplicate,
} from './ownEntries';
import type { NameKind } from './renameName';
import { type Text, text } from './text';
import { type TopicNames, topicNames, topicSpeller } from './topicSpelling';

/**
 * An own entry, typed or imported, checked against the entries already there:
 * its text must be new, and its topics and authors are spelt as theirs are.
 */

/** The built-in topics, each by its name on the page ("Geduld") and as stored ("patience"). */
export type BuiltInTopics = readonly (readonly [name: string, topic: string])[];

/** The topics given, and the built-in ones by their names too. */
const withBuiltIn = (inUse: readonly string[], builtIn: BuiltInTopics): TopicNames =>
  topicNames([...builtIn.map(([, topic]) => topic), ...inUse], builtIn);

/** The topics in use (by entries other than exceptId), and the built-in ones by their names too. */
export function knownTopicNames(
  index: CorpusIndex,
  builtIn: BuiltInTopics,
  exceptId: string | null = null,
): TopicNames {
  return withBuiltIn(
    index.all.flatMap((entry) => (entry.id === exceptId ? [] : entry.topics)),
    builtIn,
  );
}

/**
 * A draft from the entry form, for a new entry (id null) or an edit of id:
 * checked, refused if another entry has its text, and spelt as the others are
 * ("mark twain" as "Mark Twain"). An edit may change the case of a topic or
 * an author only this entry has.
 */
export function prepareDraft(
  draft: EntryDraft,
  id: string | null,
  index: CorpusIndex,
  builtIn: BuiltInTopics,
): { ok: true; draft: CleanDraft } | { ok: false; problems: DraftProblem[] } {
  const checked = checkDraft(draft);
  if (!checked.ok) return checked;
  if (hasDuplicate(index.all, checked.draft.text, id)) {
    return { ok: false, problems: [{ field: 'text', message: text('own.duplicate') }] };
  }
  const { author: typed, topics: typedTopics, ...clean } = checked.draft;
  const topics = topicSpeller(knownTopicNames(index, builtIn, id))(typedTopics);
  const author = authorSpeller(authorNames(authorsInUse(index, id)))(typed);
  return { ok: true, draft: { ...clean, topics, ...(author && { author }) } };
}

/** What an import is read against: the texts there (to skip), and how topics and authors are spelt. */
export function importBasis(
  index: CorpusIndex,
  builtIn: BuiltInTopics,
): Required<Pick<ImportOptions, 'existing' | 'knownTopics' | 'knownAuthors'>> {
  return {
    existing: new Set(index.all.map((entry) => duplicateKey(entry.text))),
    knownTopics: knownTopicNames(index, builtIn),
    knownAuthors: authorNames(authorsInUse(index)),
  };
}

/** A typed name checked as the entry form checks a topic or an author: tidied, or why not. */
function checkName(
  kind: NameKind,
  typed: string,
): { ok: true; name: string } | { ok: false; message: Text } {
  const checked = checkDraft(
    kind === 'topic'
      ? { kind: 'quote', text: '-', topics: [typed] }
      : { kind: 'quote', text: '-', author: typed, topics: [] },
  );
  if (!checked.ok) return { ok: false, message: (checked.problems[0] as DraftProblem).message };
  const { topics, author } = checked.draft;
  const [name, ...more] = kind === 'topic' ? topics : author ? [author] : [];
  if (!name) return { ok: false, message: text('rename.empty') };
  if (more.length > 0) return { ok: false, message: text('rename.oneTopic') };
  return { ok: true, name };
}

const otherNames = (names: readonly string[], except: string) =>
  names.filter((name) => name !== except);

/** A name spelt as the names in use other than `from` are (see prepareDraft). */
function spelledAmongOthers(
  kind: NameKind,
  name: string,
  from: string,
  index: CorpusIndex,
  builtIn: BuiltInTopics,
): string {
  if (kind === 'author') {
    return authorSpeller(authorNames(otherNames(authorsInUse(index), from)))(name) ?? name;
  }
  const topics = otherNames(
    index.all.flatMap((entry) => entry.topics),
    from,
  );
  return topicSpeller(withBuiltIn(topics, builtIn))([name])[0] ?? name;
}

/**
 * A new name for a topic or an author of one's own entries: checked, and
 * spelt as the names in use other than the one renamed ("billing" may
 * become "Billing"; "refunds" joins "Refunds" if there is one); or why not.
 */
export function prepareNewName(
  kind: NameKind,
  typed: string,
  from: string,
  index: CorpusIndex,
  builtIn: BuiltInTopics,
): { ok: true; name: string } | { ok: false; message: Text } {
  const checked = checkName(kind, typed);
  if (!checked.ok) return checked;
  const name = spelledAmongOthers(kind, checked.name, from, index, builtIn);
  if (name === from) return { ok: false, message: text('rename.same', { name: from }) };
  return { ok: true, name };
}
