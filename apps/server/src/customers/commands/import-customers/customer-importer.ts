import { Inject, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { deterministicUuid, IdentityFingerprints, type CommandContext, type RegistrationRequest } from '#application';
import { canMoveStatus } from '#domain';
import { PersonalDataEventStore } from '#privacy';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { flattenValidationErrors, VALIDATOR_OPTIONS } from '../../../http/validation.js';
import { plain } from '../../dto/plain.js';
import { RegisterCustomerDto } from '../register-customer/register-customer.dto.js';
import { ImportBatch, type CheckedRow, type SeenRows } from './import-batch.js';
import { ImportOwners } from './import-owners.js';
import { addOutcome, emptyReport, type ImportFieldError, type ImportReport, type RowOutcome } from './import-report.js';
import { ImportRowReader, type RowDraft } from './import-row.js';

export interface ImportRunOptions {
  /** Called after each row, in order, once the row's batch is committed (progress bars, job progress). */
  onRow?(outcome: RowOutcome): void | Promise<void>;
  /** Asked before each batch; true stops the import there (shutdown). */
  shouldStop?(): boolean;
}

/** Rows per batch: their data keys are created in one write and their customers registered in one commit. */
const ROWS_PER_BATCH = 500;

export const IMPORT_FINGERPRINTS = Symbol('ImportFingerprints');

/**
 * Each row gets the same validation and registration as `POST /v1/customers`, through the one
 * registration service, a batch of rows at a time (import-batch.ts). A row is recognised as already
 * there (and skipped, with the existing id) when its own deterministic customer exists (an earlier
 * import of the same row: the id derives from the row's code, else from the keyed fingerprint of its
 * name and phone or e-mail), when its code is taken, or when a customer answers to the same name and
 * phone/e-mail (the duplicate rule); so importing the same file again creates nothing, with or
 * without an Idempotency-Key, and a re-import after a crash finishes the job.
 */
@Injectable()
export class CustomerImporter {
  constructor(
    private readonly batches: ImportBatch,
    private readonly owners: ImportOwners,
    @Inject(IMPORT_FINGERPRINTS) private readonly fingerprints: IdentityFingerprints,
    private readonly events: PersonalDataEventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async import(rows: readonly unknown[], context: CommandContext, options: ImportRunOptions = {}): Promise<ImportReport> {
    const reader = new ImportRowReader(this.config.industries);
    const drafts = rows.map((cells) => reader.read(cells));
    // Every owner is checked before any row lands: one the caller may not give customers to refuses the whole import (403).
    const owners = await this.owners.resolve(drafts, context.actor);
    const seen: SeenRows = new Map();
    const report = emptyReport();
    for (let start = 0; start < drafts.length && !options.shouldStop?.(); start += ROWS_PER_BATCH) {
      const checked = [];
      for (const [offset, draft] of drafts.slice(start, start + ROWS_PER_BATCH).entries()) checked.push(await this.check(draft, start + offset + 1, owners));
      // Each new customer needs its data key; created for the batch at once, since a key is a durable write of its own.
      await this.events.prepareKeys(checked.flatMap((c) => (c.kind === 'valid' ? [c.customerId] : [])));
      for (const outcome of await this.batches.write(checked, context, seen)) {
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

  /** The row's code (not personal) and its keyed (name, phone) and (name, e-mail) fingerprints. */
  private identityKeys(request: RegistrationRequest): string[] {
    const prints = this.fingerprints.of(request.name, request.contact).map((print) => `identity:${print}`);
    return request.code === undefined ? prints : [`code:${request.code}`, ...prints];
  }
}

function valueAt(body: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), body);
}
