import type { ChunkedLayout } from './chunkedRecord';
import { encodeIds } from './idList';
import { TextError, text } from './text';

/**
 * Hidden entries: ids the user never wants to see again, on any browser,
 * kept in storage.sync as a chunked list like pins, in two items (about
 * 16 KB, some 1,200 ids): pins and own entries need the rest of sync's 100 KB.
 */
export const HIDDEN_LAYOUT: ChunkedLayout = { key: 'hidden', version: 1, maxChunks: 2 };

export class HiddenLimitError extends TextError {
  constructor(readonly count: number) {
    super(text('hidden.limit', { n: count }));
  }
}

/** The sync items for the hidden ids; throws HiddenLimitError when they do not fit. */
export const encodeHidden = (ids: readonly string[]) =>
  encodeIds(HIDDEN_LAYOUT, ids, (fits) => new HiddenLimitError(fits));
