import { createHash } from 'node:crypto';
import { kindOfKey, MATCH_REASONS, type MatchReason } from '#projections';

// Candidate groups from match keys: the customers sharing a key form a group; keys naming the same
// customers are one group with several reasons. The score sums the reasons' weights, capped at 100.

/** Weights of the reasons (README, "Duplicates"): a shared phone or e-mail is strong evidence, a similar name weaker. */
const REASON_WEIGHTS: Record<MatchReason, number> = {
  'same-phone': 50,
  'same-email': 50,
  'same-name-in-region': 40,
  'name-differs-only-in-script': 35,
  'name-differs-only-in-company-suffix': 25,
};

// A same name implies the same script and core forms; a same script form implies the same core.
const IMPLIED: Partial<Record<MatchReason, MatchReason[]>> = {
  'same-name-in-region': ['name-differs-only-in-script', 'name-differs-only-in-company-suffix'],
  'name-differs-only-in-script': ['name-differs-only-in-company-suffix'],
};

export interface DuplicateGroup {
  groupId: string;
  score: number;
  reasons: MatchReason[];
  customerIds: string[];
}

/** `members`: per shared key, the ids of the listed customers holding it. */
export function duplicateGroups(members: ReadonlyMap<string, readonly string[]>): DuplicateGroup[] {
  const bySet = new Map<string, Set<MatchReason>>();
  for (const [key, ids] of members) {
    if (ids.length < 2) continue;
    const set = [...new Set(ids)].sort().join(',');
    const reasons = bySet.get(set) ?? new Set<MatchReason>();
    reasons.add(MATCH_REASONS[kindOfKey(key)]);
    bySet.set(set, reasons);
  }
  const groups = [...bySet].map(([set, found]): DuplicateGroup => {
    const implied = new Set([...found].flatMap((reason) => IMPLIED[reason] ?? []));
    const reasons = (Object.keys(REASON_WEIGHTS) as MatchReason[]).filter((reason) => found.has(reason) && !implied.has(reason));
    const score = Math.min(
      100,
      reasons.reduce((sum, reason) => sum + REASON_WEIGHTS[reason], 0),
    );
    return { groupId: createHash('sha256').update(set).digest('hex').slice(0, 20), score, reasons, customerIds: set.split(',') };
  });
  return groups.sort((a, b) => b.score - a.score || a.groupId.localeCompare(b.groupId));
}
