import { DomainError } from '../shared/domain-error.js';
import { PROFILE_FIELDS, type Contact, type CustomerProfile, type SensitiveData } from './customer-vocabulary.js';

type Clearable<T> = { [K in keyof T]?: T[K] | null };

/** A profile update as sent: a field left out stays as it is, null on an optional field clears it. */
export type ProfilePatch = Partial<Pick<CustomerProfile, 'name' | 'type' | 'industry' | 'region' | 'source'>> & {
  contact?: Clearable<Contact>;
  size?: CustomerProfile['size'] | null;
  firstContactAt?: string | null;
  needs?: string | null;
  notes?: string | null;
  sensitive?: Clearable<SensitiveData> | null;
};

/** The fields a profile always has: null on them is refused rather than read as "clear". */
const REQUIRED_PROFILE_FIELDS = ['name', 'type', 'contact', 'industry', 'region', 'source'] as const satisfies readonly (keyof CustomerProfile)[];

/** The field paths a `CustomerProfileUpdated.cleared` may name. */
export const CLEARABLE_PROFILE_PATHS = [
  'size',
  'firstContactAt',
  'needs',
  'notes',
  'sensitive',
  'contact.name',
  'contact.title',
  'contact.phone',
  'contact.email',
  'sensitive.idNumber',
  'sensitive.bankAccount',
] as const;

const NESTED = ['contact', 'sensitive'] as const;

/** Structural equality that ignores key order and absent keys. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysOf = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const [ka, kb] = [keysOf(a), keysOf(b)];
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const isProfileField = (field: string): field is keyof CustomerProfile => (PROFILE_FIELDS as readonly string[]).includes(field);

/**
 * What a patch does to `current`: the values that really change, and the paths of the values it clears
 * (only those that were set). Contact and sensitive are replaced whole, as before; a null inside them
 * leaves that key out of the new value and is named in `cleared` too, so readers need not diff.
 */
export function splitPatch(patch: ProfilePatch, current: CustomerProfile): { changes: Partial<CustomerProfile>; cleared: string[] } {
  const changes: Record<string, unknown> = {};
  const cleared: string[] = [];
  for (const [field, sent] of Object.entries(patch) as [string, unknown][]) {
    if (!isProfileField(field) || sent === undefined) continue;
    if (sent === null && (REQUIRED_PROFILE_FIELDS as readonly string[]).includes(field)) {
      throw new DomainError('invalid-value', `${field} must not be null`, field);
    }
    let value = sent;
    if ((NESTED as readonly string[]).includes(field) && typeof sent === 'object' && sent !== null) {
      const before = (current[field] ?? {}) as Record<string, unknown>;
      const entries = Object.entries(sent);
      for (const [key, inner] of entries) if (inner === null && before[key] !== undefined) cleared.push(`${field}.${key}`);
      value = Object.fromEntries(entries.filter(([, inner]) => inner !== null && inner !== undefined));
      if (field === 'sensitive' && Object.keys(value as object).length === 0) value = null;
    }
    if (value === null) {
      if (current[field] !== undefined && !cleared.includes(field)) cleared.push(field);
      continue;
    }
    if (!sameValue(current[field], value)) changes[field] = value;
  }
  return { changes: changes as Partial<CustomerProfile>, cleared: cleared.filter((path) => !path.startsWith('sensitive.') || changes.sensitive !== undefined) };
}

/** A copy of `profile` without the cleared paths (`notes`, `contact.title`, …). */
export function withoutCleared<T extends object>(profile: T, cleared: readonly string[] | undefined): T {
  if (!cleared?.length) return profile;
  const copy = { ...profile } as Record<string, unknown>;
  for (const path of cleared) {
    const [head, leaf] = path.split('.') as [string, string | undefined];
    if (leaf === undefined) {
      delete copy[head];
    } else if (typeof copy[head] === 'object' && copy[head] !== null) {
      const { [leaf]: _gone, ...rest } = copy[head] as Record<string, unknown>;
      copy[head] = rest;
    }
  }
  return copy as T;
}
