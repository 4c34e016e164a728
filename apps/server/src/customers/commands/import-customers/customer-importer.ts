import { Inject, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import {
  AccessPolicy,
  CustomerCommandPipeline,
  deterministicUuid,
  DuplicateDetector,
  IdentityFingerprints,
  RegisterCustomerService,
  type CommandContext,
  type RegistrationRequest,
} from '#application';
import { canMoveStatus, codeReservationStream, DomainError, type CustomerState, type CustomerStatus } from '#domain';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '#event-store';
import { PersonalDataEventStore } from '#privacy';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { flattenValidationErrors, VALIDATOR_OPTIONS } from '../../../http/validation.js';
import { plain } from '../../dto/plain.js';
import { RegisterCustomerDto } from '../register-customer/register-customer.dto.js';
import { ImportOwners } from './import-owners.js';
import { addOutcome, emptyReport, type ImportFieldError, type ImportReport, type RowOutcome } from './import-report.js';
import { ImportRowReader, type RowDraft } from './import-row.js';

export interface ImportRunOptions {
  /** Called after each row, in order (progress bars, job progress). */
  onRow?(outcome: RowOutcome): void | Promise<void>;
  /** Asked before each row; true stops the import there (shutdown). */
  shouldStop?(): boolean;
}

/** Rows validated before their customers' data keys are created together. */
const KEYS_PER_BATCH = 500;

interface CheckedRow {
  kind: 'valid';
  row: number;
  draft: RowDraft;
  request: RegistrationRequest;
  /** The code and identity fingerprints that recognise the same customer elsewhere in the file. */
  keys: string[];
  rowKey: string;
  customerId: string;
}

/** Why a row names a customer that already exists. */
interface Existing {
  id: string;
  state: CustomerState & { kind: 'registered' };
  reason: string;
}

export const IMPORT_FINGERPRINTS = Symbol('ImportFingerprints');

/**
 * Each row gets the same validation and registration as `POST /v1/customers`, through the one
 * registration service. A row is recognised as already there (and skipped, with the existing id)
 * when its own deterministic customer exists (an earlier import of the same row: the id derives
 * from the row's code, else from the keyed fingerprint of its name and phone or e-mail), when its
 * code is taken, or when a customer answers to the same name and phone/e-mail (the duplicate rule);
 * so importing the same file again creates nothing, with or without an Idempotency-Key.
 */
@Injectable()
export class CustomerImporter {
  constructor(
    private readonly registration: RegisterCustomerService,
    private readonly pipeline: CustomerCommandPipeline,
    private readonly duplicates: DuplicateDetector,
    private readonly access: AccessPolicy,
    private readonly owners: ImportOwners,
    @Inject(IMPORT_FINGERPRINTS) private readonly fingerprints: IdentityFingerprints,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly events: PersonalDataEventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async import(rows: readonly unknown[], context: CommandContext, options: ImportRunOptions = {}): Promise<ImportReport> {
    const reader = new ImportRowReader(this.config.industries);
    const drafts = rows.map((cells) => reader.read(cells));
    // Every owner is checked before any row lands: one the caller may not give customers to refuses the whole import (403).
    const owners = await this.owners.resolve(drafts, context.actor);
    const seen = new Map<string, { row: number; id: string }>();
    const report = emptyReport();
    for (let start = 0; start < drafts.length && !options.shouldStop?.(); start += KEYS_PER_BATCH) {
      const checked = [];
      for (const [offset, draft] of drafts.slice(start, start + KEYS_PER_BATCH).entries()) checked.push(await this.check(draft, start + offset + 1, owners));
      // Each new customer needs its data key; created for the batch at once, since a key is a durable write of its own.
      await this.events.prepareKeys(checked.flatMap((c) => (c.kind === 'valid' ? [c.customerId] : [])));
      for (const row of checked) {
        if (options.shouldStop?.()) break;
        const outcome = row.kind === 'valid' ? await this.write(row, context, seen) : row;
        addOutcome(report, outcome);
        await options.onRow?.(outcome);
      }
    }
    return report;
  }

  /** A row read, validated and named by its deterministic customer id, or its errors. */
  private async check(draft: RowDraft, row: number, owners: Map<string, string | ImportFieldError>): Promise<CheckedRow | RowOutcome> {
    const errors = [...draft.errors];
    if (draft.owner !== undefined) {
      const owner = owners.get(draft.owner);
      if (typeof owner === 'string') draft.body.ownerId = owner;
      else if (owner) errors.push({ ...owner, field: draft.headerOf('ownerId') });
    }
    const dto = plainToInstance(RegisterCustomerDto, draft.body);
    // One error per cell: a cell the reader already refused (an unknown label, a bad date) keeps the reader's message,
    // a missing one is "required", and a bad one says everything that is wrong with it at once.
    const refused = new Set(errors.map((e) => e.path));
    const invalid = new Map<string, string[]>();
    for (const { field, message } of flattenValidationErrors(await validate(dto, VALIDATOR_OPTIONS))) {
      if (!refused.has(field)) invalid.set(field, [...(invalid.get(field) ?? []), message]);
    }
    for (const [path, messages] of invalid) {
      const missing = valueAt(draft.body, path) === undefined && messages.some((m) => !m.includes('required'));
      errors.push({ field: draft.headerOf(path), path, message: missing ? `${path} is required` : messages.join('; ') });
    }
    if (draft.status !== undefined && draft.status !== 'prospect' && !canMoveStatus('prospect', draft.status)) {
      errors.push({ field: draft.headerOf('status'), path: 'status', message: `a new customer cannot start as ${draft.status}` });
    }
    if (errors.length > 0) return { kind: 'rejected', row, errors };
    const request = plain(dto) as RegistrationRequest;
    const keys = this.identityKeys(request);
    const rowKey = `import-row:${keys[0]}`;
    return { kind: 'valid', row, draft, request, keys, rowKey, customerId: deterministicUuid('customer', rowKey) };
  }

  private async write(checked: CheckedRow, context: CommandContext, seen: Map<string, { row: number; id: string }>): Promise<RowOutcome> {
    const { row, draft, request, keys, rowKey, customerId } = checked;
    const earlier = keys.map((key) => seen.get(key)).find((hit) => hit !== undefined);
    if (earlier) return { kind: 'skipped', row, id: earlier.id, reason: `same customer as row ${earlier.row} of this file` };
    const remember = (id: string) => keys.forEach((key) => seen.set(key, { row, id }));
    try {
      const existing = await this.existing(request, customerId);
      if (existing) {
        if (!(await this.access.canSee(context.actor, existing.state))) return this.hidden(existing, draft, row);
        if (existing.id === customerId && existing.state.status === 'prospect') await this.moveStatus(customerId, draft.status, context, rowKey);
        remember(existing.id);
        return { kind: 'skipped', row, id: existing.id, reason: existing.reason };
      }
      // The duplicate rule was just checked above; registration need not read the claims again.
      const { id } = await this.registration.register(
        { ...request, allowDuplicate: true },
        { ...context, idempotencyKey: rowKey },
        { industries: this.config.industries },
      );
      await this.moveStatus(id, draft.status, context, rowKey);
      remember(id);
      return { kind: 'created', row, id };
    } catch (error) {
      // Another import of the same row won the race to register it: this one is a re-import after all.
      const raced = error instanceof WrongExpectedRevisionError || (error instanceof DomainError && error.code === 'already-exists');
      const winner = raced ? await this.existing(request, customerId) : undefined;
      if (winner && (await this.access.canSee(context.actor, winner.state))) {
        remember(winner.id);
        return { kind: 'skipped', row, id: winner.id, reason: winner.reason };
      }
      if (!(error instanceof DomainError) || error.code === 'forbidden') throw error;
      const path = error.field ?? 'row';
      return { kind: 'rejected', row, errors: [{ field: draft.headerOf(path), path, message: error.message }] };
    }
  }

  /** The row's code (not personal) and its keyed (name, phone) and (name, e-mail) fingerprints. */
  private identityKeys(request: RegistrationRequest): string[] {
    const prints = this.fingerprints.of(request.name, request.contact).map((print) => `identity:${print}`);
    return request.code === undefined ? prints : [`code:${request.code}`, ...prints];
  }

  private async existing(request: RegistrationRequest, customerId: string): Promise<Existing | undefined> {
    const own = await this.registered(customerId);
    if (own) return { id: customerId, state: own, reason: 'already imported' };
    if (request.code !== undefined) {
      const [holder] = await this.store.readStream(codeReservationStream(request.code), { maxCount: 1 });
      const holderId = holder === undefined ? undefined : String(holder.data.customerId);
      const state = holderId === undefined ? undefined : await this.registered(holderId);
      if (holderId !== undefined && state) return { id: holderId, state, reason: `customer code ${request.code} already exists` };
    }
    if (request.allowDuplicate) return undefined;
    const duplicateId = await this.duplicates.findDuplicate(request.name, request.contact, customerId);
    const state = duplicateId === undefined ? undefined : await this.registered(duplicateId);
    return duplicateId !== undefined && state ? { id: duplicateId, state, reason: 'a customer with the same name and phone or e-mail exists' } : undefined;
  }

  private async registered(customerId: string): Promise<(CustomerState & { kind: 'registered' }) | undefined> {
    const { state } = await this.pipeline.load(customerId);
    return state.kind === 'registered' ? state : undefined;
  }

  /** A match the caller may not see is refused without naming it (as a registration's 409 would). */
  private hidden(existing: Existing, draft: RowDraft, row: number): RowOutcome {
    const path = existing.reason.startsWith('customer code') ? 'code' : 'name';
    const message =
      path === 'code' ? existing.reason.replace(' exists', ' is taken') : 'a likely duplicate (same name and contact) exists among customers you cannot see';
    return { kind: 'rejected', row, errors: [{ field: draft.headerOf(path), path, message }] };
  }

  /** The file's status, reached through the normal status command right after registration, so the history shows it. */
  private async moveStatus(customerId: string, to: CustomerStatus | undefined, context: CommandContext, rowKey: string): Promise<void> {
    if (to === undefined || to === 'prospect') return;
    await this.pipeline.execute(customerId, { ...context, idempotencyKey: `${rowKey}:status` }, (now) => ({
      type: 'ChangeCustomerStatus',
      data: { to, reason: 'imported' },
      now,
    }));
  }
}

function valueAt(body: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), body);
}
