import { say, t } from '../../components/translate';
import type { PolicyProblem } from '../../utils/team/policy';

/**
 * The one sentence the options page shows when part of the organisation's
 * policy could not be used: how many parts, and why (each reason once).
 * Null when all of it is in use.
 */
export function teamProblemSentence(problems: readonly PolicyProblem[]): string | null {
  if (problems.length === 0) return null;
  const reasons = new Set(problems.flatMap((problem) => problem.reasons.map(say)));
  return t('team.skipped', { n: problems.length, why: [...reasons].join(' ') }, problems.length);
}
