import type { Entry, Source } from '../utils/entry';
import { QUOTES } from './quotes';
import { SOURCES } from './sources';
import { TIPS } from './tips';

/** The built-in corpus: every quote and tip, in no particular order. */
export const CORPUS: readonly Entry[] = [...QUOTES, ...TIPS];

export const CORPUS_SOURCES: readonly Source[] = SOURCES;
