/** Shape checks for data read from storage or files, where anything may be found. */

/** A plain object, as a stored record is. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list, of anything: its items are checked one by one where it is read. */
export const isList = (value: unknown): value is unknown[] => Array.isArray(value);

export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

export const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
