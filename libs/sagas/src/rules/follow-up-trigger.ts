import type { FollowUpOutcome } from '#domain';
import type { RuleTrigger } from './customer-rule.js';

interface FollowUpData {
  outcomes?: FollowUpOutcome[];
  nextFollowUpAt?: string;
}

const isFollowUp = (trigger: RuleTrigger): boolean => trigger.type === 'FollowUpRecorded';

export const outcomesOf = (trigger: RuleTrigger): readonly FollowUpOutcome[] => (isFollowUp(trigger) ? ((trigger.data as FollowUpData).outcomes ?? []) : []);

export const nextFollowUpAtOf = (trigger: RuleTrigger): string | undefined => (isFollowUp(trigger) ? (trigger.data as FollowUpData).nextFollowUpAt : undefined);
