import type { Entry, Source } from './entry';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Normalises text for duplicate detection: case, spacing and quote marks. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/** What is wrong with an entry's provenance, if anything. */
function provenanceProblem(entry: Entry): string | null {
  const { provenance } = entry;
  if (!provenance) return null;
  if (entry.kind !== 'quote' || !entry.author) return 'a provenance needs a quote with an author.';
  if (provenance.kind !== 'cited') return null;
  const { work, year } = provenance;
  if (work.trim() === '') return 'a citation needs the work.';
  if (!Number.isInteger(year) || year < -3000 || year > new Date().getFullYear()) {
    return 'a citation needs the year it was written or said.';
  }
  return null;
}

/**
 * Checks a corpus against its own rules and returns every problem found, one
 * sentence each; an empty list means the corpus is valid.
 */
export function validateCorpus(
  entries: readonly Entry[],
  sources: readonly Source[],
  topics: readonly string[],
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const texts = new Map<string, string>();
  const sourceIds = new Set(sources.map((s) => s.id));
  const knownTopics = new Set(topics);
  for (const entry of entries) {
    const where = `Entry "${entry.id}"`;
    if (!ID_PATTERN.test(entry.id)) problems.push(`${where}: id must be kebab-case.`);
    if (ids.has(entry.id)) problems.push(`${where}: id is used twice.`);
    ids.add(entry.id);
    if (entry.text.trim() === '') problems.push(`${where}: text is empty.`);
    if (entry.kind === 'tip' && !entry.title?.trim())
      problems.push(`${where}: a tip needs a title.`);
    const key = comparable(entry.text);
    const twin = texts.get(key);
    if (twin !== undefined) problems.push(`${where}: same text as "${twin}".`);
    texts.set(key, entry.id);
    if (!sourceIds.has(entry.source)) problems.push(`${where}: unknown source "${entry.source}".`);
    if (entry.topics.length === 0) problems.push(`${where}: needs at least one topic.`);
    const provenance = provenanceProblem(entry);
    if (provenance) problems.push(`${where}: ${provenance}`);
    for (const topic of entry.topics) {
      if (!knownTopics.has(topic)) problems.push(`${where}: unknown topic "${topic}".`);
    }
  }
  return problems;
}
