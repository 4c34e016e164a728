import { createHash } from 'node:crypto';
import { DomainError, type Contact } from '../../../domain/src/index.js';
import type { EventStore } from '../../../event-store/src/index.js';
import type { CommandContext } from '../command-pipeline/command-context.js';
import { deterministicUuid } from '../command-pipeline/deterministic-id.js';
import { toProposedEvents } from '../command-pipeline/event-envelope.js';
import { identityClaimStream } from '../command-pipeline/stream-names.js';

/**
 * "Same name + phone/email" (SPEC §6) without a read model: each registration claims a stream
 * per (name, phone) and (name, email) fingerprint; a later registration finding another
 * customer's claim is a suspected duplicate. Fingerprints are hashes, so no personal data
 * appears in stream names.
 */
export class DuplicateDetector {
  constructor(private readonly store: EventStore) {}

  async assertNoDuplicate(name: string, contact: Contact, customerId: string): Promise<void> {
    for (const fingerprint of fingerprints(name, contact)) {
      const [claim] = await this.store.readStream(identityClaimStream(fingerprint), { maxCount: 1 });
      if (claim && claim.data.customerId !== customerId) {
        throw new DomainError('duplicate-suspected', `A customer with the same name and contact exists: ${String(claim.data.customerId)}`, 'name');
      }
    }
  }

  async claim(name: string, contact: Contact, customerId: string, context: CommandContext, now: Date): Promise<void> {
    for (const fingerprint of fingerprints(name, contact)) {
      const streamId = identityClaimStream(fingerprint);
      const [proposed] = toProposedEvents([{ type: 'CustomerIdentityClaimed', data: { customerId } }], streamId, context, now);
      await this.store.append(streamId, [{ ...proposed, id: deterministicUuid('identity-claim', fingerprint, customerId) }], 'any');
    }
  }
}

function fingerprints(name: string, contact: Contact): string[] {
  const normalizedName = name.trim().toLowerCase().replace(/\s+/g, ' ');
  const keys = [
    contact.phone ? `phone:${contact.phone.replace(/[^\d+]/g, '')}` : undefined,
    contact.email ? `email:${contact.email.trim().toLowerCase()}` : undefined,
  ].filter((key): key is string => key !== undefined);
  return keys.map((key) => createHash('sha256').update(`${normalizedName}\u0000${key}`).digest('hex').slice(0, 40));
}
