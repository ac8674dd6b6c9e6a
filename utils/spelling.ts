/**
 * Names a user types or imports, spelt as the names they already have: a
 * topic or an author is a filter of its own, so "vip" beside "VIP" would list
 * one filter twice.
 */

/** Every known name by its key (how names are compared), and how it is spelt. */
export type KnownNames = ReadonlyMap<string, string>;

/** The names by their keys; the first name to claim a key keeps it. */
export function knownNames(
  names: Iterable<readonly [name: string, spelt: string]>,
  keyOf: (name: string) => string,
): KnownNames {
  const known = new Map<string, string>();
  for (const [name, spelt] of names) {
    const key = keyOf(name);
    if (!known.has(key)) known.set(key, spelt);
  }
  return known;
}

/**
 * Spells each name given as the known one with its key. A name new to it
 * keeps the spelling it first comes in, and later ones follow that (an
 * import's second "vip" after its first "VIP").
 */
export function speller(known: KnownNames, keyOf: (name: string) => string) {
  const names = new Map(known);
  return (name: string): string => {
    const key = keyOf(name);
    const spelt = names.get(key);
    if (spelt !== undefined) return spelt;
    names.set(key, name);
    return name;
  };
}
