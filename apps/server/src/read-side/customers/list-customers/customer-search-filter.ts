import type { Actor } from '#domain';
import type { PersonalDataView } from '#application';
import { CLEAR_SEARCH_PATHS, MASKABLE_SEARCH_PATHS, querySearchKeys } from '#projections';
import type { DocumentFilter } from '#read-store';

/**
 * `q` matches by substring only what the caller sees in clear (SPEC §7): name, code and contact name
 * always; phone and email for a caller who sees every contact in clear, or in the customers they own.
 * Elsewhere a masked phone or email matches only as a whole, normalised value, so no sequence of
 * searches reveals a masked digit.
 */
export function customerSearchFilter(q: string, actor: Actor, contactsInGeneral: PersonalDataView): DocumentFilter {
  if (contactsInGeneral.contact === 'clear') return { text: q };
  return {
    anyOf: [
      { textIn: { text: q, paths: CLEAR_SEARCH_PATHS } },
      { equals: { ownerId: actor.userId }, textIn: { text: q, paths: MASKABLE_SEARCH_PATHS } },
      ...querySearchKeys(q).map((key) => ({ has: { searchKeys: key } })),
    ],
  };
}
