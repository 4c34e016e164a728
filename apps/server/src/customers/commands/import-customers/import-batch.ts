import { Inject, Injectable } from '@nestjs/common';
import {
  AccessPolicy,
  CustomerCodeAllocator,
  CustomerCommandPipeline,
  RegisterCustomerService,
  type AcceptedRegistration,
  type CommandContext,
  type PreparedRegistration,
  type ReadStreams,
  type RegistrationRequest,
} from '#application';
import { codeReservationStream, customerStream, DomainError, type CustomerState, type CustomerStatus } from '#domain';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '#event-store';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import type { RowOutcome } from './import-report.js';
import type { RowDraft } from './import-row.js';

/** A row that passed validation, named by its deterministic customer id. */
export interface CheckedRow {
  kind: 'valid';
  row: number;
  draft: RowDraft;
  request: RegistrationRequest;
  /** The code and identity fingerprints that recognise the same customer elsewhere in the file. */
  keys: string[];
  rowKey: string;
  customerId: string;
}

/** Rows of the file seen so far, by the keys that recognise them: the first row and the customer it came to. */
export type SeenRows = Map<string, { row: number; id: string }>;

/** Why a row names a customer that already exists. */
interface Existing {
  id: string;
  state: CustomerState & { kind: 'registered' };
  reason: string;
}

type Planned = { outcome: RowOutcome } | { row: number; prepared: PreparedRegistration };

/** Another importer (or registration) taking one of the batch's codes or identities between our read and our commit makes us read again. */
const MAX_ATTEMPTS = 5;

/**
 * One batch of rows: the streams every row's decision depends on (its customer, its code, its
 * identity claims) read in one query, each row classified in file order (same as an earlier row,
 * already there, refused, or new), and every new customer's registration — code reservation,
 * CustomerRegistered with its status, identity claims — in ONE multi-stream append. Each part
 * expects its stream as read, so a concurrent writer fails the whole commit, nothing written, and
 * the batch is read and decided again; a crash loses no row whose outcome was reported.
 */
@Injectable()
export class ImportBatch {
  constructor(
    private readonly registration: RegisterCustomerService,
    private readonly pipeline: CustomerCommandPipeline,
    private readonly access: AccessPolicy,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The outcome of each row, in order. `seen` grows by the rows this batch came to. */
  async write(rows: readonly (CheckedRow | RowOutcome)[], context: CommandContext, seen: SeenRows): Promise<RowOutcome[]> {
    const accepted = new Map<number, AcceptedRegistration | RowOutcome>();
    for (const row of rows) if (row.kind === 'valid') accepted.set(row.row, this.accept(row, context));
    for (let attempt = 1; ; attempt++) {
      const added: string[] = [];
      const remember = (row: CheckedRow, id: string) =>
        row.keys.forEach((key) => {
          if (!seen.has(key)) added.push(key);
          seen.set(key, { row: row.row, id });
        });
      const read = await this.store.readStreams([...new Set([...accepted.values()].flatMap((a) => ('customerId' in a ? this.streamsOf(a) : [])))]);
      const planned: Planned[] = [];
      for (const row of rows)
        planned.push(row.kind === 'valid' ? await this.plan(row, accepted.get(row.row)!, context, read, seen, remember) : { outcome: row });
      const prepared = planned.flatMap((p) => ('prepared' in p ? [p.prepared] : []));
      try {
        const results = prepared.length === 0 ? [] : await this.store.appendToStreams(prepared.flatMap((p) => p.appends));
        let offset = 0;
        const outcomes: RowOutcome[] = [];
        for (const p of planned) {
          if ('outcome' in p) {
            outcomes.push(p.outcome);
            continue;
          }
          const { id } = await this.registration.landed(p.prepared, results.slice(offset, offset + p.prepared.appends.length));
          offset += p.prepared.appends.length;
          outcomes.push({ kind: 'created', row: p.row, id });
        }
        return outcomes;
      } catch (error) {
        prepared.forEach((p) => this.registration.failed(p));
        for (const key of added) seen.delete(key);
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private accept(row: CheckedRow, context: CommandContext): AcceptedRegistration | RowOutcome {
    try {
      return this.registration.accept(row.request, { ...context, idempotencyKey: row.rowKey }, { industries: this.config.industries });
    } catch (error) {
      return rejectedBy(error, row);
    }
  }

  private streamsOf(accepted: AcceptedRegistration): string[] {
    return this.registration.streamsOf(accepted);
  }

  private async plan(
    row: CheckedRow,
    accepted: AcceptedRegistration | RowOutcome,
    context: CommandContext,
    read: ReadStreams,
    seen: SeenRows,
    remember: (row: CheckedRow, id: string) => void,
  ): Promise<Planned> {
    if (!('customerId' in accepted)) return { outcome: accepted };
    const earlier = row.keys.map((key) => seen.get(key)).find((hit) => hit !== undefined);
    if (earlier) return { outcome: { kind: 'skipped', row: row.row, id: earlier.id, reason: `same customer as row ${earlier.row} of this file` } };
    const existing = await this.existing(row, accepted, read);
    if (existing) {
      if (!(await this.access.canSee(context.actor, existing.state))) return { outcome: hidden(existing, row) };
      // A row registered by an earlier version whose status step a crash cut off: finished now.
      if (existing.id === row.customerId && existing.state.status === 'prospect') await this.moveStatus(row.customerId, row.draft.status, context, row.rowKey);
      remember(row, existing.id);
      return { outcome: { kind: 'skipped', row: row.row, id: existing.id, reason: existing.reason } };
    }
    try {
      const status = row.draft.status === undefined ? undefined : { to: row.draft.status, reason: 'imported', idempotencyKey: `${row.rowKey}:status` };
      const prepared = await this.registration.prepare(accepted, { ...context, idempotencyKey: row.rowKey }, read, status);
      remember(row, row.customerId);
      return { row: row.row, prepared };
    } catch (error) {
      return { outcome: rejectedBy(error, row) };
    }
  }

  /** The row's own customer (an earlier import of it), the holder of its code, or a customer with its name and phone/e-mail. */
  private async existing(row: CheckedRow, accepted: AcceptedRegistration, read: ReadStreams): Promise<Existing | undefined> {
    if ((read.get(customerStream(row.customerId)) ?? []).length > 0) {
      const own = await this.registered(row.customerId);
      if (own) return { id: row.customerId, state: own, reason: 'already imported' };
    }
    const { code } = row.request;
    if (code !== undefined) {
      const holderId = CustomerCodeAllocator.holderIn(read.get(codeReservationStream(code)));
      const state = holderId === undefined ? undefined : await this.registered(holderId);
      if (holderId !== undefined && state) return { id: holderId, state, reason: `customer code ${code} already exists` };
    }
    if (row.request.allowDuplicate) return undefined;
    const duplicateId = this.registration.duplicateIn(accepted, read);
    const state = duplicateId === undefined ? undefined : await this.registered(duplicateId);
    return duplicateId !== undefined && state ? { id: duplicateId, state, reason: 'a customer with the same name and phone or e-mail exists' } : undefined;
  }

  private async registered(customerId: string): Promise<(CustomerState & { kind: 'registered' }) | undefined> {
    const { state } = await this.pipeline.load(customerId);
    return state.kind === 'registered' ? state : undefined;
  }

  /** The file's status, through the normal status command, for a customer registered without it. */
  private async moveStatus(customerId: string, to: CustomerStatus | undefined, context: CommandContext, rowKey: string): Promise<void> {
    if (to === undefined || to === 'prospect') return;
    await this.pipeline.execute(customerId, { ...context, idempotencyKey: `${rowKey}:status` }, (now) => ({
      type: 'ChangeCustomerStatus',
      data: { to, reason: 'imported' },
      now,
    }));
  }
}

/** A domain refusal of one row (a code another customer holds, a value the decider refuses) as that row's error. */
function rejectedBy(error: unknown, row: CheckedRow): RowOutcome {
  if (!(error instanceof DomainError) || error.code === 'forbidden') throw error;
  const path = error.field ?? 'row';
  return { kind: 'rejected', row: row.row, errors: [{ field: row.draft.headerOf(path), path, message: error.message }] };
}

/** A match the caller may not see is refused without naming it (as a registration's 409 would). */
function hidden(existing: Existing, row: CheckedRow): RowOutcome {
  const path = existing.reason.startsWith('customer code') ? 'code' : 'name';
  const message =
    path === 'code' ? existing.reason.replace(' exists', ' is taken') : 'a likely duplicate (same name and contact) exists among customers you cannot see';
  return { kind: 'rejected', row: row.row, errors: [{ field: row.draft.headerOf(path), path, message }] };
}
