import type { VisibleOwners } from '#application';
import type { Actor, LabelLocale } from '#domain';
import { PDF_TEXT } from '../../exports/pdf/pdf-text.js';

/** Whose customers a report covers and over which days, as printed under its title ("Team east, 2024-01-01 – 2024-04-01"). */
export function scopeText(actor: Actor, owners: VisibleOwners, locale: LabelLocale, period: { from?: string | null; to?: string | null } = {}): string {
  const whose =
    owners === undefined
      ? PDF_TEXT.allCustomers[locale]
      : owners.length === 1 && owners[0] === actor.userId
        ? PDF_TEXT.ownCustomers[locale]
        : `${PDF_TEXT.team[locale]} ${actor.teamId ?? ''}`.trim();
  if (!period.from && !period.to) return whose;
  return `${whose}, ${period.from?.slice(0, 10) ?? '…'} – ${period.to?.slice(0, 10) ?? '…'}`;
}
