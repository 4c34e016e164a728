import { randomUUID } from 'node:crypto';
import {
  customerStream,
  decide,
  DomainError,
  evolve,
  initialCustomerState,
  returnedToMerged,
  TAKEABLE_FIELDS,
  type CustomerState,
  type MergedInto,
  type ProfilePatch,
  type RegisteredCustomer,
  type TakeableField,
} from '#domain';
import type { EventStore } from '#event-store';
import type { Clock } from '#shared';
import type { AccessPolicy } from '../access/access-policy.js';
import type { CommandContext, CommandResult } from '../command-pipeline/command-context.js';
import type { CustomerCommandPipeline } from '../command-pipeline/customer-command-pipeline.js';
import { deterministicUuid, eventIdsFor } from '../command-pipeline/deterministic-id.js';
import type { Executed } from '../command-pipeline/command-pipeline.js';
import type { DuplicateDetector } from './duplicate-detector.js';

export interface MergeRequest {
  into: string;
  reason: string;
  take: readonly TakeableField[];
}

export interface MergeSettings {
  maxTags: number;
  industries: readonly string[];
}

/** What a merge or unmerge answers: both streams, each with its revision and position. */
export interface MergeResult extends CommandResult {
  mergeId: string;
  survivor: CommandResult;
}

/**
 * Merge and unmerge across two streams (issue 12 item 4). The merged customer's stream records first
 * with the full list of what moves; the survivor's side follows at once, and is completed again by the
 * merge relay (fed from the checkpointed feed) if a crash came between the two appends. The survivor's
 * side is idempotent by mergeId and its event ids derive from it, so running it twice appends once.
 */
export class CustomerMergeService {
  constructor(
    private readonly pipeline: CustomerCommandPipeline,
    private readonly store: EventStore,
    private readonly access: AccessPolicy,
    private readonly duplicates: DuplicateDetector,
    private readonly clock: Clock,
    private readonly settings: MergeSettings,
  ) {}

  async merge(id: string, request: MergeRequest, context: CommandContext): Promise<MergeResult> {
    const merged = await this.visible(id, context, 'id');
    const survivor = await this.visible(request.into, context, 'into');
    if (survivor.mergedInto)
      throw new DomainError('customer-merged', 'The survivor was itself merged into another customer', 'into', { mergedInto: survivor.mergedInto.into });
    if (survivor.archived) throw new DomainError('customer-archived', 'The survivor is archived; restore it first', 'into');
    // The taken fields must make a valid survivor before anything is recorded.
    decide(
      { type: 'UpdateCustomerProfile', data: { changes: takenFields(merged, request.take), industries: this.settings.industries }, now: new Date(0) },
      survivor,
    );
    const mergeId = context.idempotencyKey === undefined ? randomUUID() : deterministicUuid(context.idempotencyKey, 'merge', id);
    const first = await this.pipeline.execute(id, { ...context, idempotencyKey: deterministicUuid(mergeId, 'merged') }, (now) => ({
      type: 'MergeCustomerInto',
      data: {
        mergeId,
        into: request.into,
        reason: request.reason,
        take: request.take,
        survivorTags: survivor.tags.map((t) => t.tag),
        maxTags: this.settings.maxTags,
      },
      now,
    }));
    const state = first.state as RegisteredCustomer;
    const causationId = mergedEventIdOf(id, state.mergedInto as MergedInto);
    const second = (await this.completeMerge(id, { ...context, causationId })) as CommandResult;
    return {
      id,
      revision: first.revision,
      position: Math.max(first.position, second.position),
      mergeId: (state.mergedInto as MergedInto).mergeId,
      survivor: second,
    };
  }

  /**
   * The survivor's side of a merge (a no-op once absorbed). With `mergeId` (the relay), a merge undone
   * or replaced since is left alone: undefined.
   */
  async completeMerge(mergedId: string, context: CommandContext, mergeId?: string): Promise<CommandResult | undefined> {
    const { state } = await this.pipeline.load(mergedId);
    const merge = state.kind === 'registered' ? state.mergedInto : undefined;
    if (mergeId !== undefined && merge?.mergeId !== mergeId) return undefined;
    if (!merge) throw new DomainError('not-merged', 'This customer is not merged into another');
    const take = takenFields(state as RegisteredCustomer, merge.moved.fields);
    const result = await this.pipeline.execute(
      merge.into,
      { ...context, idempotencyKey: deterministicUuid(merge.mergeId, 'absorbed') },
      (now) => ({
        type: 'AbsorbCustomer',
        data: { mergeId: merge.mergeId, from: mergedId, reason: merge.reason, moved: merge.moved, take, industries: this.settings.industries },
        now,
      }),
      // The relay may be completing the same merge: on a conflict the repeat finds it absorbed, a no-op.
      { retryOnConflict: true },
    );
    await this.claimsFollow(result, context);
    return { id: result.id, revision: result.revision, position: result.position };
  }

  async unmerge(id: string, reason: string, context: CommandContext): Promise<MergeResult> {
    const merged = await this.visible(id, context, 'id');
    const merge = merged.mergedInto;
    if (!merge) throw new DomainError('not-merged', 'This customer is not merged into another');
    const { state: survivor } = await this.pipeline.load(merge.into);
    if (survivor.kind === 'registered' && survivor.mergedInto) {
      const into = survivor.mergedInto.into;
      throw new DomainError('customer-merged', `The survivor was merged into ${into} since: unmerge it first`, undefined, { mergedInto: into });
    }
    const returned = returnedToMerged(merge, survivor);
    const first = await this.pipeline.execute(id, { ...context, idempotencyKey: deterministicUuid(merge.mergeId, 'unmerged') }, (now) => ({
      type: 'UnmergeCustomer',
      data: { reason, returned },
      now,
    }));
    const causationId = eventIdsFor(1, customerStream(id), deterministicUuid(merge.mergeId, 'unmerged'))[0];
    const second = await this.completeUnmerge(id, merge.into, merge.mergeId, reason, { ...context, causationId });
    return { id, revision: first.revision, position: Math.max(first.position, second.position), mergeId: merge.mergeId, survivor: second };
  }

  /**
   * The survivor's side of an unmerge: it gives back what it still holds, and each taken field whose
   * value it still has from the merged customer returns to its value from before the merge.
   */
  async completeUnmerge(mergedId: string, survivorId: string, mergeId: string, reason: string, context: CommandContext): Promise<CommandResult> {
    const { state: merged } = await this.pipeline.load(mergedId);
    const restore = merged.kind === 'registered' ? await this.restoredFields(survivorId, mergeId, merged) : {};
    const result = await this.pipeline.execute(
      survivorId,
      { ...context, idempotencyKey: deterministicUuid(mergeId, 'reverted') },
      (now) => ({ type: 'RevertAbsorption', data: { mergeId, from: mergedId, reason, restore, industries: this.settings.industries }, now }),
      { retryOnConflict: true },
    );
    await this.claimsFollow(result, context);
    return { id: result.id, revision: result.revision, position: result.position };
  }

  /** A taken (or restored) name or contact moves the survivor's identity claims, as a profile update does. */
  private async claimsFollow(result: Executed<unknown, CustomerState>, context: CommandContext): Promise<void> {
    const { before, state } = result;
    if (result.events.length === 0 || before.kind !== 'registered' || state.kind !== 'registered') return;
    if (before.name === state.name && sameValue(before.contact, state.contact)) return;
    await this.duplicates.move(before, state, result.id, context, this.clock.now());
  }

  private async restoredFields(survivorId: string, mergeId: string, merged: RegisteredCustomer): Promise<ProfilePatch> {
    let before: CustomerState = initialCustomerState();
    let current: CustomerState = before;
    let fields: readonly TakeableField[] = [];
    let absorbedSeen = false;
    for (const recorded of await this.store.readStream(customerStream(survivorId))) {
      const event = { type: recorded.type, data: recorded.data } as Parameters<typeof evolve>[1];
      if (event.type === 'CustomerAbsorbed' && event.data.mergeId === mergeId) {
        absorbedSeen = true;
        fields = event.data.moved.fields;
      }
      current = evolve(current, event);
      if (!absorbedSeen) before = current;
    }
    if (before.kind !== 'registered' || current.kind !== 'registered') return {};
    const patch: Record<string, unknown> = {};
    for (const field of fields) {
      if (!sameValue(current[field], merged[field])) continue; // changed since the merge: it stays
      patch[field] = before[field] ?? null;
    }
    return patch as ProfilePatch;
  }

  /** A customer the actor may see, or a 404 naming the field that pointed at it. */
  private async visible(id: string, context: CommandContext, field: string): Promise<RegisteredCustomer> {
    const { state } = await this.pipeline.load(id);
    if (state.kind !== 'registered' || !(await this.access.canSee(context.actor, state))) {
      throw new DomainError('not-found', 'Customer not found', field === 'id' ? undefined : field);
    }
    return state;
  }
}

/** The merged customer's values of the taken fields, as a profile patch (null clears an optional field it lacks). */
function takenFields(merged: RegisteredCustomer, take: readonly TakeableField[]): ProfilePatch {
  const patch: Record<string, unknown> = {};
  for (const field of TAKEABLE_FIELDS) if (take.includes(field)) patch[field] = merged[field] ?? null;
  return patch as ProfilePatch;
}

/** The id of the CustomerMergedInto event (derived, so the survivor's side can name it as its cause). */
function mergedEventIdOf(id: string, merge: MergedInto): string {
  return eventIdsFor(1, customerStream(id), deterministicUuid(merge.mergeId, 'merged'))[0];
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
