import type { Contact, CustomerProfile, EnteredValues, ProfilePatch } from '#domain';
import { normalizeEmail, normalizeName, normalizePhone } from '#shared';

// Normalisation on the way in (issue 12): every registration, import row and profile update passes
// here before the decider, which then sees only canonical values and records what was typed beside them.

type Normalizer = (entered: string) => string;
// A phone no rule can read is left as typed: the decider refuses it, naming contact.phone.
const phone: Normalizer = (entered) => normalizePhone(entered) ?? entered;
const CONTACT_NORMALIZERS: Partial<Record<keyof Contact, Normalizer>> = { name: normalizeName, phone, email: normalizeEmail };

function normalizeContact<T extends Partial<Record<keyof Contact, string | null | undefined>>>(contact: T): { contact: T; entered?: EnteredValues['contact'] } {
  const normalized: Record<string, unknown> = { ...contact };
  const entered: Record<string, string> = {};
  for (const [key, normalize] of Object.entries(CONTACT_NORMALIZERS) as [keyof Contact, Normalizer][]) {
    const value = contact[key];
    if (typeof value !== 'string') continue;
    normalized[key] = normalize(value);
    if (normalized[key] !== value) entered[key] = value;
  }
  return { contact: normalized as T, ...(Object.keys(entered).length > 0 ? { entered } : {}) };
}

function normalizeNameAndContact<T extends { name?: string; contact?: Partial<Record<keyof Contact, string | null | undefined>> | null }>(
  profile: T,
): { profile: T; entered?: EnteredValues } {
  const entered: EnteredValues = {};
  const normalized = { ...profile };
  if (typeof profile.name === 'string') {
    normalized.name = normalizeName(profile.name);
    if (normalized.name !== profile.name) entered.name = profile.name;
  }
  if (profile.contact) {
    const result = normalizeContact(profile.contact);
    normalized.contact = result.contact;
    if (result.entered) entered.contact = result.entered;
  }
  return { profile: normalized, ...(Object.keys(entered).length > 0 ? { entered } : {}) };
}

/** A registration's profile in canonical form, and what was typed where it differs. */
export function normalizeRegistration<T extends CustomerProfile>(profile: T): { profile: T; entered?: EnteredValues } {
  return normalizeNameAndContact(profile);
}

/** A profile update in canonical form (null still clears), and what was typed where it differs. */
export function normalizePatch(patch: ProfilePatch): { patch: ProfilePatch; entered?: EnteredValues } {
  const { profile, entered } = normalizeNameAndContact(patch);
  return { patch: profile, ...(entered ? { entered } : {}) };
}
