import type { Period } from './settings';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A key naming the hour or day that `now` falls in, in the user's local time,
 * or null for "every new tab". Tabs that share a key show the same entry. An
 * hour's key holds the offset from UTC too: the hour that repeats when the
 * clocks go back is two hours, each with its own entry.
 */
export function periodKey(period: Period, now: Date): string | null {
  if (period === 'tab') return null;
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return period === 'day' ? day : `${day}T${pad(now.getHours())}${now.getTimezoneOffset()}`;
}
