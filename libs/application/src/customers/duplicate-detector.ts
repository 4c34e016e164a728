import { createHash, randomUUID } from 'node:crypto';
import { type Contact, identityClaimStream } from '#domain';
import type { EventStore } from '#event-store';
import type { CommandContext } from '../command-pipeline/command-context.js';
import { deterministicUuid } from '../command-pipeline/deterministic-id.js';
import { toProposedEvents } from '../command-pipeline/event-envelope.js';

/**
 * "Same name + phone/email" (SPEC §6) without a read model: each registration claims a stream
 * per (name, phone) and (name, email) fingerprint; a later registration finding another
 * customer's claim is a suspected duplicate. Fingerprints are hashes, so no personal data
 * appears in stream names.
 */
export class DuplicateDetector {
  constructor(private readonly store: EventStore) {}

  /** Another customer already answering to this name and contact, if any (a suspected duplicate). */
  async findDuplicate(name: string, contact: Contact, customerId: string): Promise<string | undefined> {
    for (const fingerprint of fingerprints(name, contact)) {
      const other = [...(await this.holders(fingerprint))].find((holder) => holder !== customerId);
      if (other) return other;
    }
    return undefined;
  }

  /** This customer now answers to this name and contact. */
  claim(name: string, contact: Contact, customerId: string, context: CommandContext, now: Date): Promise<void> {
    return this.record('CustomerIdentityClaimed', fingerprints(name, contact), customerId, context, now);
  }

  /** This customer no longer answers to this name and contact (changed profile, erased data). */
  release(name: string, contact: Contact, customerId: string, context: CommandContext, now: Date): Promise<void> {
    return this.record('CustomerIdentityReleased', fingerprints(name, contact), customerId, context, now);
  }

  /** Re-claims the identity after a profile change: releases what no longer applies, claims what is new. */
  async move(before: Identity, after: Identity, customerId: string, context: CommandContext, now: Date): Promise<void> {
    const [old, current] = [fingerprints(before.name, before.contact), fingerprints(after.name, after.contact)];
    await this.record(
      'CustomerIdentityReleased',
      old.filter((f) => !current.includes(f)),
      customerId,
      context,
      now,
    );
    await this.record(
      'CustomerIdentityClaimed',
      current.filter((f) => !old.includes(f)),
      customerId,
      context,
      now,
    );
  }

  private async holders(fingerprint: string): Promise<Set<string>> {
    const holders = new Set<string>();
    for (const event of await this.store.readStream(identityClaimStream(fingerprint))) {
      const customerId = String(event.data.customerId);
      if (event.type === 'CustomerIdentityReleased') holders.delete(customerId);
      else holders.add(customerId);
    }
    return holders;
  }

  private async record(type: string, prints: string[], customerId: string, context: CommandContext, now: Date): Promise<void> {
    for (const fingerprint of prints) {
      const streamId = identityClaimStream(fingerprint);
      const [proposed] = toProposedEvents([{ type, data: { customerId } }], streamId, context, now);
      // Deterministic per request (a retry appends nothing); a later request may claim again after a release.
      const id = context.idempotencyKey ? deterministicUuid(type, fingerprint, customerId, context.idempotencyKey) : randomUUID();
      await this.store.append(streamId, [{ ...proposed, id }], 'any');
    }
  }
}

export interface Identity {
  name: string;
  contact: Contact;
}

function fingerprints(name: string, contact: Contact): string[] {
  const normalizedName = name.trim().toLowerCase().replace(/\s+/g, ' ');
  const keys = [
    contact.phone ? `phone:${contact.phone.replace(/[^\d+]/g, '')}` : undefined,
    contact.email ? `email:${contact.email.trim().toLowerCase()}` : undefined,
  ].filter((key): key is string => key !== undefined);
  return keys.map((key) => createHash('sha256').update(`${normalizedName}\u0000${key}`).digest('hex').slice(0, 40));
}
