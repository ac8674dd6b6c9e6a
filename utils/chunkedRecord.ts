/**
 * A list kept in storage.sync over several items, so that none passes sync's
 * 8 KB item limit: a small record `key` ({ v, chunks }) and the values split
 * over `key.0`, `key.1`, … in order.
 */
export interface ChunkedLayout {
  key: string;
  version: number;
  /** Items the list may use at most. */
  maxChunks: number;
}

/** Bytes of values per item: under 8,192 with the key and JSON brackets. */
export const CHUNK_BYTES = 8_000;

export const chunkKey = (layout: ChunkedLayout, index: number) => `${layout.key}.${index}`;

/** Every key the list may occupy, for reading it in one call. */
export function layoutKeys(layout: ChunkedLayout): string[] {
  return [layout.key, ...Array.from({ length: layout.maxChunks }, (_, i) => chunkKey(layout, i))];
}

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/**
 * Packs as many values as fit, in order, into the layout's items. Returns the
 * items to write, how many values they hold, and the chunk keys no longer used.
 */
export function packChunks(
  layout: ChunkedLayout,
  values: readonly unknown[],
): { items: Record<string, unknown>; packed: number; unused: string[] } {
  const chunks: unknown[][] = [];
  let current: unknown[] = [];
  let size = 2;
  let packed = 0;
  for (const value of values) {
    const cost = byteLength(JSON.stringify(value)) + 1;
    if (size + cost > CHUNK_BYTES && current.length > 0) {
      if (chunks.length + 1 === layout.maxChunks) break;
      chunks.push(current);
      current = [];
      size = 2;
    }
    if (size + cost > CHUNK_BYTES) break;
    current.push(value);
    size += cost;
    packed++;
  }
  if (current.length > 0) chunks.push(current);
  const items: Record<string, unknown> = {
    [layout.key]: { v: layout.version, chunks: chunks.length },
  };
  chunks.forEach((chunk, i) => {
    items[chunkKey(layout, i)] = chunk;
  });
  return { items, packed, unused: layoutKeys(layout).slice(1 + chunks.length) };
}

/** How many chunks the record says it has; null when the record is missing or damaged. */
function chunkCount(layout: ChunkedLayout, meta: unknown): number | null {
  const chunks = (meta as { chunks?: unknown } | null | undefined)?.chunks;
  if (!Number.isInteger(chunks) || (chunks as number) < 0) return null;
  return Math.min(chunks as number, layout.maxChunks);
}

/**
 * Reads the values back; damaged chunks are skipped. A missing or damaged
 * record does not hide chunks that are intact: they are read in order up to
 * the first one missing, so the next write keeps them. `newer`: written by a
 * newer version.
 */
export function unpackChunks(
  layout: ChunkedLayout,
  items: Record<string, unknown>,
): { values: unknown[]; newer: boolean } {
  const meta = items[layout.key];
  const count =
    chunkCount(layout, meta) ??
    layoutKeys(layout)
      .slice(1)
      .findIndex((key) => !Array.isArray(items[key]));
  const values: unknown[] = [];
  for (let i = 0; i < (count < 0 ? layout.maxChunks : count); i++) {
    const chunk = items[chunkKey(layout, i)];
    if (Array.isArray(chunk)) values.push(...chunk);
  }
  const version = (meta as { v?: unknown } | null | undefined)?.v;
  return { values, newer: typeof version === 'number' && version > layout.version };
}
