import { randomUUID } from 'node:crypto';
import { type Contact, identityClaimStream } from '#domain';
import type { EventStore, ProposedEvent, RecordedEvent, StreamAppend } from '#event-store';
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

  /** The keyed fingerprints of this name and contact, computed once by a caller that needs them several times. */
  fingerprintsOf(name: string, contact: Contact): string[] {
    return this.fingerprints.of(name, contact);
  }

  /** The identity-claim streams of these fingerprints: what `duplicateIn` and `claimParts` need read. */
  claimStreams(prints: readonly string[]): string[] {
    return prints.map(identityClaimStream);
  }

  /** Another customer holding one of these claims, in the streams as the caller read them (`claimStreams`). */
  duplicateIn(prints: readonly string[], customerId: string, read: ReadonlyMap<string, readonly RecordedEvent[]>): string | undefined {
    for (const streamId of this.claimStreams(prints)) {
      const other = [...holdersOf(read.get(streamId) ?? [])].find((holder) => holder !== customerId);
      if (other) return other;
    }
    return undefined;
  }

  /**
   * The claims as parts of a multi-stream append, each expecting its stream exactly as read, so a
   * claim another registration made meanwhile fails the whole append instead of slipping past the check.
   */
  claimParts(
    prints: readonly string[],
    customerId: string,
    context: CommandContext,
    now: Date,
    read: ReadonlyMap<string, readonly RecordedEvent[]>,
  ): StreamAppend[] {
    return prints.map((fingerprint) => {
      const streamId = identityClaimStream(fingerprint);
      const last = read.get(streamId)?.at(-1);
      return {
        streamId,
        events: [this.claimEvent('CustomerIdentityClaimed', fingerprint, customerId, context, now)],
        expected: last ? last.revision : 'no_stream',
      };
    });
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
    return holdersOf(await this.store.readStream(identityClaimStream(fingerprint)));
  }

  private async record(type: string, prints: string[], customerId: string, context: CommandContext, now: Date): Promise<void> {
    // Issued together, so a store that groups commits records them in one transaction.
    await Promise.all(
      prints.map((fingerprint) => this.store.append(identityClaimStream(fingerprint), [this.claimEvent(type, fingerprint, customerId, context, now)], 'any')),
    );
  }

  private claimEvent(type: string, fingerprint: string, customerId: string, context: CommandContext, now: Date): ProposedEvent {
    const [proposed] = toProposedEvents([{ type, data: { customerId } }], identityClaimStream(fingerprint), context, now);
    // Deterministic per request (a retry appends nothing); a later request may claim again after a release.
    const id = context.idempotencyKey ? deterministicUuid(type, fingerprint, customerId, context.idempotencyKey) : randomUUID();
    return { ...proposed, id };
  }
}

export interface Identity {
  name: string;
  contact: Contact;
}

/** Who holds a claim stream's fingerprint now: every claim not released since. */
function holdersOf(events: readonly RecordedEvent[]): Set<string> {
  const holders = new Set<string>();
  for (const event of events) {
    const customerId = String(event.data.customerId);
    if (event.type === 'CustomerIdentityReleased') holders.delete(customerId);
    else holders.add(customerId);
  }
  return holders;
}
