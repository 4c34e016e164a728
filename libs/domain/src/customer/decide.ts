import { DomainError } from '../shared/domain-error.js';
import type {
  ChangeCustomerOwner,
  ChangeCustomerStatus,
  CustomerCommand,
  RecordFollowUp,
  RecordOrder,
  RegisterCustomer,
  TagCustomer,
  UntagCustomer,
  UpdateCustomerProfile,
} from './customer-commands.js';
import type { CustomerEvent } from './customer-events.js';
import type { CustomerState, RegisteredCustomer } from './customer-state.js';
import { E164_PATTERN, MAINLAND_MOBILE_PATTERN, TAG_PATTERN, type CustomerProfile, type EnteredValues } from './customer-vocabulary.js';
import { splitPatch, withoutCleared } from './profile-patch.js';
import { assertTextLength, FIELD_LIMITS } from './field-limits.js';
import { canMoveStatus } from './status-lifecycle.js';
import { decideReminder } from './decide-reminder.js';
import { assertServiceCase, resolveComplaint } from './decide-service-case.js';
import { assertNoPersonalDataAfterErasure, decideErasure } from './personal-data-erasure.js';
import { decideMerge } from './decide-merge.js';
import { decideArchive } from './decide-archive.js';
import { assertAccepts } from './lifecycle-guard.js';

/** Decides which events a command produces for the given state, or throws a DomainError. Pure. */
export function decide(command: CustomerCommand, state: CustomerState): CustomerEvent[] {
  if (command.type === 'RegisterCustomer') return register(command, state);
  if (state.kind !== 'registered') throw new DomainError('not-found', 'Customer not found');
  assertAccepts(command, state);
  switch (command.type) {
    case 'UpdateCustomerProfile':
      return updateProfile(command, state);
    case 'ChangeCustomerStatus':
      return changeStatus(command, state);
    case 'RecordFollowUp':
      return recordFollowUp(command, state);
    case 'ResolveComplaint':
      return resolveComplaint(command, state);
    case 'RecordOrder':
      return recordOrder(command, state);
    case 'TagCustomer':
      return tag(command, state);
    case 'UntagCustomer':
      return untag(command, state);
    case 'ChangeCustomerOwner':
      return changeOwner(command, state);
    case 'ScheduleReminder':
    case 'CompleteReminder':
    case 'CancelReminder':
      return decideReminder(command, state);
    case 'EraseCustomerPersonalData':
      return decideErasure(command, state);
    case 'MergeCustomerInto':
    case 'UnmergeCustomer':
      return decideMerge(command, state);
    case 'AbsorbCustomer':
    case 'RevertAbsorption': {
      // The merge's own event first, then the profile fields it takes (or gives back) as an ordinary update.
      const merged = decideMerge(command, state);
      if (merged.length === 0) return merged;
      const changes = command.type === 'AbsorbCustomer' ? command.data.take : command.data.restore;
      return [...merged, ...updateProfile({ type: 'UpdateCustomerProfile', data: { changes, industries: command.data.industries }, now: command.now }, state)];
    }
    case 'ArchiveCustomer':
    case 'RestoreCustomer':
      return decideArchive(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as CustomerCommand).type}`);
    }
  }
}

function register({ data, now }: RegisterCustomer, state: CustomerState): CustomerEvent[] {
  if (state.kind === 'registered') throw new DomainError('already-exists', 'Customer already registered');
  const { industries, entered, ...registration } = data;
  assertProfileFields(registration, industries);
  assertProfileRules(registration);
  assertNotFuture(registration.firstContactAt, now, 'firstContactAt');
  const recorded = enteredFor(entered, registration);
  return [
    { type: 'CustomerRegistered', data: { ...registration, status: 'prospect', registeredAt: now.toISOString(), ...(recorded ? { entered: recorded } : {}) } },
  ];
}

function updateProfile({ data, now }: UpdateCustomerProfile, state: RegisteredCustomer): CustomerEvent[] {
  const { changes, cleared } = splitPatch(data.changes, state);
  if (Object.keys(changes).length === 0 && cleared.length === 0) return [];
  assertNoPersonalDataAfterErasure(state, changes);
  assertProfileFields(changes, data.industries);
  assertProfileRules(withoutCleared({ ...state, ...changes }, cleared));
  assertNotFuture(changes.firstContactAt, now, 'firstContactAt');
  const customerId = state.customerId;
  const recorded = enteredFor(data.entered, changes);
  return [
    {
      type: 'CustomerProfileUpdated',
      data: { customerId, changes, ...(cleared.length > 0 ? { cleared } : {}), ...(recorded ? { entered: recorded } : {}) },
    },
  ];
}

function changeStatus({ data }: ChangeCustomerStatus, state: RegisteredCustomer): CustomerEvent[] {
  assertTextLength('reason', data.reason, FIELD_LIMITS.reason, true);
  if (data.to === state.status) throw new DomainError('status-unchanged', `Customer is already ${state.status}`, 'to');
  if (!canMoveStatus(state.status, data.to)) {
    throw new DomainError('invalid-status-transition', `Cannot move from ${state.status} to ${data.to}`, 'to');
  }
  const change = { customerId: state.customerId, from: state.status, to: data.to, reason: data.reason };
  return [{ type: 'CustomerStatusChanged', data: data.ruleId === undefined ? change : { ...change, ruleId: data.ruleId } }];
}

function recordFollowUp(command: RecordFollowUp, state: RegisteredCustomer): CustomerEvent[] {
  const { data, now } = command;
  assertTextLength('content', data.content, FIELD_LIMITS.content, true);
  assertServiceCase(command);
  const at = data.at ?? now;
  if (at > now) throw new DomainError('invalid-time', 'A follow-up cannot be in the future', 'at');
  if (data.nextFollowUpAt !== undefined && data.nextFollowUpAt <= at) {
    throw new DomainError('invalid-time', 'nextFollowUpAt must be after at', 'nextFollowUpAt');
  }
  return [
    {
      type: 'FollowUpRecorded',
      data: {
        customerId: state.customerId,
        followUpId: data.followUpId,
        at: at.toISOString(),
        method: data.method,
        content: data.content,
        result: data.result,
        ...(data.nextFollowUpAt ? { nextFollowUpAt: data.nextFollowUpAt.toISOString() } : {}),
        outcomes: data.outcomes ?? [],
        recordedBy: data.recordedBy,
        ...(data.kind !== undefined && data.kind !== 'sales' ? { kind: data.kind } : {}),
        ...(data.category !== undefined ? { category: data.category } : {}),
        ...(data.satisfaction !== undefined ? { satisfaction: data.satisfaction } : {}),
      },
    },
  ];
}

function recordOrder({ data, now }: RecordOrder, state: RegisteredCustomer): CustomerEvent[] {
  assertTextLength('orderId', data.orderId, FIELD_LIMITS.orderId, true);
  if (state.orderIds.includes(data.orderId)) return [];
  if (!Number.isSafeInteger(data.amount) || data.amount <= 0) {
    throw new DomainError('invalid-value', 'amount must be a positive integer in minor units', 'amount');
  }
  const orderedAt = data.orderedAt ?? now;
  if (orderedAt > now) throw new DomainError('invalid-time', 'An order cannot be in the future', 'orderedAt');
  const { orderId, amount, currency } = data;
  return [{ type: 'OrderRecorded', data: { customerId: state.customerId, orderId, amount, currency, orderedAt: orderedAt.toISOString() } }];
}

function tag({ data }: TagCustomer, state: RegisteredCustomer): CustomerEvent[] {
  assertTextLength('tag', data.tag, FIELD_LIMITS.tag, true);
  if (!TAG_PATTERN.test(data.tag)) throw new DomainError('invalid-value', 'tag must not start or end with spaces', 'tag');
  if (state.tags.some((t) => t.tag === data.tag)) return [];
  if (state.tags.length >= data.maxTags) {
    throw new DomainError('tag-limit-reached', `A customer has at most ${data.maxTags} tags`, 'tag');
  }
  const tagged = { customerId: state.customerId, tag: data.tag, source: data.source };
  return [{ type: 'CustomerTagged', data: data.ruleId === undefined ? tagged : { ...tagged, ruleId: data.ruleId } }];
}

function untag({ data }: UntagCustomer, state: RegisteredCustomer): CustomerEvent[] {
  if (!state.tags.some((t) => t.tag === data.tag)) throw new DomainError('tag-not-found', `Customer has no tag "${data.tag}"`, 'tag');
  const untagged = { customerId: state.customerId, tag: data.tag, source: data.source };
  return [{ type: 'CustomerUntagged', data: data.ruleId === undefined ? untagged : { ...untagged, ruleId: data.ruleId } }];
}

function changeOwner({ data }: ChangeCustomerOwner, state: RegisteredCustomer): CustomerEvent[] {
  if (data.ownerId === state.ownerId) throw new DomainError('owner-unchanged', 'Customer already has this owner', 'ownerId');
  return [{ type: 'CustomerOwnerChanged', data: { customerId: state.customerId, from: state.ownerId, to: data.ownerId } }];
}

// ─── invariants shared by registration and profile updates ───

/** Each given field on its own: text lengths and the configured industries. */
function assertProfileFields(profile: Partial<CustomerProfile>, industries: readonly string[]): void {
  assertTextLength('name', profile.name, FIELD_LIMITS.name, profile.name !== undefined);
  assertTextLength('contact.name', profile.contact?.name, FIELD_LIMITS.contactName);
  assertTextLength('contact.title', profile.contact?.title, FIELD_LIMITS.contactTitle);
  assertTextLength('contact.email', profile.contact?.email, FIELD_LIMITS.email);
  const phone = profile.contact?.phone;
  // The canonical form only: normalisation happens before the command (libs/shared/src/normalization).
  if (phone && !MAINLAND_MOBILE_PATTERN.test(phone) && !E164_PATTERN.test(phone)) {
    throw new DomainError('invalid-value', 'contact.phone must be a mainland mobile (1[3-9]xxxxxxxxx) or an E.164 number (+countrycode…)', 'contact.phone');
  }
  assertTextLength('needs', profile.needs, FIELD_LIMITS.needs);
  assertTextLength('notes', profile.notes, FIELD_LIMITS.notes);
  assertTextLength('sensitive.idNumber', profile.sensitive?.idNumber, FIELD_LIMITS.idNumber);
  assertTextLength('sensitive.bankAccount', profile.sensitive?.bankAccount, FIELD_LIMITS.bankAccount);
  if (profile.industry !== undefined && !industries.includes(profile.industry)) {
    throw new DomainError('invalid-value', `industry must be one of: ${industries.join(', ')}`, 'industry');
  }
}

/** The entered forms of the values the event records (an unchanged field's entered form is not history). */
function enteredFor(entered: EnteredValues | undefined, recorded: Partial<CustomerProfile>): EnteredValues | undefined {
  if (entered === undefined) return undefined;
  const contact = Object.fromEntries(
    Object.entries(entered.contact ?? {}).filter(
      ([key, value]) => value !== undefined && recorded.contact?.[key as keyof EnteredValues['contact'] & string] !== undefined,
    ),
  );
  const kept: EnteredValues = {
    ...(entered.name !== undefined && recorded.name !== undefined ? { name: entered.name } : {}),
    ...(Object.keys(contact).length > 0 ? { contact } : {}),
  };
  return Object.keys(kept).length > 0 ? kept : undefined;
}

function assertProfileRules(profile: CustomerProfile): void {
  if (!profile.contact.phone && !profile.contact.email) {
    throw new DomainError('invalid-value', 'contact needs at least a phone or an email', 'contact');
  }
  if (profile.size !== undefined && profile.type !== 'enterprise') {
    throw new DomainError('invalid-value', 'size applies to enterprise customers only', 'size');
  }
}

function assertNotFuture(isoDate: string | undefined, now: Date, field: string): void {
  if (isoDate !== undefined && new Date(isoDate) > now) throw new DomainError('invalid-time', `${field} cannot be in the future`, field);
}
