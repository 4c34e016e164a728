import { randomUUID } from 'node:crypto';
import { type Contact, identityClaimStream } from '#domain';
import type { EventStore } from '#event-store';
import type { CommandContext } from '../command-pipeline/command-context.js';
import { deterministicUuid } from '../command-pipeline/deterministic-id.js';
import { toProposedEvents } from '../command-pipeline/event-envelope.js';
import { IdentityFingerprints } from './identity-fingerprints.js';

/**
 * "Same name + phone/email" (SPEC §6) without a read model: each registration claims a stream
 * per (name, phone) and (name, email) fingerprint; a later registration finding another
 * customer's claim is a suspected duplicate. Fingerprints are keyed hashes (identity-fingerprints.ts),
 * so stream names reveal no personal data.
 */
export class DuplicateDetector {
  constructor(
    private readonly store: EventStore,
    private readonly fingerprints: IdentityFingerprints,
  ) {}

  /** Another customer already answering to this name and contact, if any (a suspected duplicate). */
  async findDuplicate(name: string, contact: Contact, customerId: string): Promise<string | undefined> {
    for (const fingerprint of this.fingerprints.of(name, contact)) {
      const other = [...(await this.holders(fingerprint))].find((holder) => holder !== customerId);
      if (other) return other;
    }
    return undefined;
  }

  /** This customer now answers to this name and contact. */
  claim(name: string, contact: Contact, customerId: string, context: CommandContext, now: Date): Promise<void> {
    return this.record('CustomerIdentityClaimed', this.fingerprints.of(name, contact), customerId, context, now);
  }

  /** This customer no longer answers to this name and contact (changed profile, erased data). */
  release(name: string, contact: Contact, customerId: string, context: CommandContext, now: Date): Promise<void> {
    return this.record('CustomerIdentityReleased', this.fingerprints.of(name, contact), customerId, context, now);
  }

  /** Re-claims the identity after a profile change: releases what no longer applies, claims what is new. */
  async move(before: Identity, after: Identity, customerId: string, context: CommandContext, now: Date): Promise<void> {
    const [old, current] = [this.fingerprints.of(before.name, before.contact), this.fingerprints.of(after.name, after.contact)];
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

  /**
   * Moves a customer's claims from the unkeyed stream names of earlier versions to the keyed ones:
   * claims what it does not hold yet, releases what it still holds under a legacy name. Idempotent,
   * so an interrupted run is resumed by running again. Returns how many events it appended.
   */
  async rekey(identity: Identity, customerId: string, context: CommandContext, now: Date): Promise<number> {
    const { name, contact } = identity;
    const toClaim: string[] = [];
    for (const fingerprint of this.fingerprints.of(name, contact)) if (!(await this.holders(fingerprint)).has(customerId)) toClaim.push(fingerprint);
    const toRelease: string[] = [];
    for (const fingerprint of IdentityFingerprints.legacy(name, contact)) if ((await this.holders(fingerprint)).has(customerId)) toRelease.push(fingerprint);
    await this.record('CustomerIdentityClaimed', toClaim, customerId, context, now);
    await this.record('CustomerIdentityReleased', toRelease, customerId, context, now);
    return toClaim.length + toRelease.length;
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
    // Issued together, so a store that groups commits records them in one transaction.
    await Promise.all(
      prints.map((fingerprint) => {
        const streamId = identityClaimStream(fingerprint);
        const [proposed] = toProposedEvents([{ type, data: { customerId } }], streamId, context, now);
        // Deterministic per request (a retry appends nothing); a later request may claim again after a release.
        const id = context.idempotencyKey ? deterministicUuid(type, fingerprint, customerId, context.idempotencyKey) : randomUUID();
        return this.store.append(streamId, [{ ...proposed, id }], 'any');
      }),
    );
  }
}

export interface Identity {
  name: string;
  contact: Contact;
}
