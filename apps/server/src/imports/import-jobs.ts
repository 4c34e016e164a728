import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { toProposedEvents, type CommandContext } from '#application';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CLOCK, type Clock } from '#shared';
import { CustomerImporter } from '../customers/commands/import-customers/customer-importer.js';
import type { ImportTable } from '../customers/commands/import-customers/import-file.js';
import { addOutcome, emptyReport, type ImportReport, type RowOutcome } from '../customers/commands/import-customers/import-report.js';
import { importJobStream, type ImportJobEvent } from './import-job-events.js';
import { foldImportJob, type ImportJob } from './import-job.js';

/** Rows per progress event: the job's progress and its partial report land in the store this often. */
const ROWS_PER_REPORT = 250;
/** A running job whose stream stayed silent this long was cut off by a crash (a live one reports far more often). */
const STALE_AFTER_MS = 120_000;
const INTERRUPTED = 'interrupted by a server stop; import the file again: the rows already imported are skipped';

interface StartedImport {
  id: string;
  /** Settles when the job ends (undefined when a shutdown cut it short); a failure is also recorded in the job.
   */
  done: Promise<ImportReport | undefined>;
}

/**
 * Import jobs live in the event store (stream `import-<id>`), so every replica answers
 * `GET /v1/imports/:id` and a job's result survives restarts. A restart cannot resume a running
 * job (its file is not kept): a shutdown records it as failed at once, a crash shows as failed
 * once its stream has been silent for two minutes; re-importing the file then finishes it.
 */
@Injectable()
export class ImportJobs implements BeforeApplicationShutdown {
  private stopping = false;
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly importer: CustomerImporter,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async start(table: ImportTable, context: CommandContext): Promise<StartedImport> {
    const id = randomUUID();
    const { format, headers, rows } = table;
    await this.append(
      id,
      context,
      { type: 'ImportStarted', data: { importId: id, userId: context.actor.userId, format, total: rows.length, ...(headers ? { headers } : {}) } },
      'no_stream',
    );
    const done = this.run(id, rows, context);
    this.running.add(done);
    // The caller of a synchronous import awaits `done` and sees its error; a background job's is in its stream.
    void done.catch(() => undefined).finally(() => this.running.delete(done));
    return { id, done };
  }

  async find(id: string): Promise<ImportJob | undefined> {
    const job = foldImportJob(await this.store.readStream(importJobStream(id)));
    if (job?.status === 'running' && this.clock.now().getTime() - Date.parse(job.lastSeenAt) > STALE_AFTER_MS) {
      return { ...job, status: 'failed', error: INTERRUPTED };
    }
    return job;
  }

  /** The rejected rows' cells, by row (the event store decrypted them: libs/privacy keeps them under the job's key). */
  rejectedCells(job: ImportJob): Map<number, Record<string, unknown>> {
    const cells = new Map<number, Record<string, unknown>>();
    for (const text of job.rejectedCells) {
      for (const [row, values] of Object.entries(JSON.parse(text) as Record<string, unknown>)) {
        cells.set(Number(row), typeof values === 'object' && values !== null ? (values as Record<string, unknown>) : { value: values });
      }
    }
    return cells;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
  }

  private async run(id: string, rows: readonly unknown[], context: CommandContext): Promise<ImportReport | undefined> {
    const report = emptyReport();
    let pending: RowOutcome[] = [];
    let processed = 0;
    const flush = async () => {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      await this.reportRows(id, context, batch, rows, processed);
    };
    try {
      await this.importer.import(rows, context, {
        shouldStop: () => this.stopping,
        onRow: async (outcome) => {
          addOutcome(report, outcome);
          pending.push(outcome);
          processed++;
          if (pending.length >= ROWS_PER_REPORT) await flush();
        },
      });
      await flush();
      if (this.stopping && processed < rows.length) {
        await this.append(id, context, { type: 'ImportFailed', data: { processed, message: INTERRUPTED } });
        return undefined;
      }
      await this.append(id, context, { type: 'ImportFinished', data: { processed } });
      return report;
    } catch (error) {
      await flush().catch(() => undefined);
      const message = error instanceof Error ? error.message : String(error);
      await this.append(id, context, { type: 'ImportFailed', data: { processed, message } }).catch(() => undefined);
      throw error;
    }
  }

  private async reportRows(id: string, context: CommandContext, batch: RowOutcome[], rows: readonly unknown[], processed: number): Promise<void> {
    const part = emptyReport();
    for (const outcome of batch) addOutcome(part, outcome);
    const rejectedCells = part.rejected.length === 0 ? undefined : JSON.stringify(Object.fromEntries(part.rejected.map(({ row }) => [row, rows[row - 1]])));
    await this.append(id, context, { type: 'ImportRowsReported', data: { ...part, processed, ...(rejectedCells ? { rejectedCells } : {}) } });
  }

  private async append(id: string, context: CommandContext, event: ImportJobEvent, expected: 'any' | 'no_stream' = 'any'): Promise<void> {
    const streamId = importJobStream(id);
    const { idempotencyKey: _key, ...rest } = context;
    await this.store.append(streamId, toProposedEvents([event], streamId, rest, this.clock.now()), expected);
  }
}
