import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CommandPipeline, deterministicUuid, type CommandContext } from '#application';
import {
  DomainError,
  reportDecider,
  reportStream,
  type Actor,
  type ReportCommand,
  type ReportDefinition,
  type ReportEvent,
  type ReportState,
  type SavedReport,
} from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CLOCK, type Clock } from '#shared';
import type { SavedReportBodyDto } from './saved-report-body.dto.js';
import type { SavedReportDto, SavedReportVersionDto } from './saved-report.dto.js';

const PAGE = 500;

/** A report is its creator's; an admin sees and manages every one. Others get 404, so ids cannot be probed. */
const mayUse = (actor: Actor, report: SavedReport): boolean => actor.role === 'admin' || report.ownerId === actor.userId;

/** Plain JSON of the validated body (no DTO instances, no undefined fields) as the event stores it. */
const plain = (definition: SavedReportBodyDto['definition']): ReportDefinition => JSON.parse(JSON.stringify(definition)) as ReportDefinition;

/** Saved reports: commands through the pipeline to `report-<id>`, reads fold that stream. */
@Injectable()
export class SavedReports {
  private readonly pipeline: CommandPipeline<ReportCommand, ReportEvent, ReportState>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.pipeline = new CommandPipeline(store, clock, {
      ...reportDecider,
      authorize: (actor, state) => {
        if (state !== undefined && !state.deleted && !mayUse(actor, state)) throw new DomainError('not-found', 'Report not found');
      },
    });
  }

  async save(body: SavedReportBodyDto, context: CommandContext) {
    const reportId = context.idempotencyKey ? deterministicUuid('report', context.idempotencyKey) : randomUUID();
    const data = { reportId, ownerId: context.actor.userId, name: body.name, definition: plain(body.definition) };
    const { revision, position } = await this.pipeline.execute(reportId, context, (now) => ({ type: 'SaveReport', data, now }));
    return { id: reportId, revision, position };
  }

  async change(id: string, body: SavedReportBodyDto, context: CommandContext, expectedRevision?: number) {
    const { revision, position } = await this.pipeline.execute(
      id,
      context,
      (now) => ({ type: 'ChangeReport', data: { name: body.name, definition: plain(body.definition) }, now }),
      { expectedRevision },
    );
    return { id, revision, position };
  }

  async delete(id: string, context: CommandContext): Promise<void> {
    await this.pipeline.execute(id, context, (now) => ({ type: 'DeleteReport', now }));
  }

  /** One's own live report (any, for admin); otherwise 404. */
  async get(actor: Actor, id: string): Promise<SavedReportDto> {
    const { state, revision } = await this.pipeline.load(id);
    if (state === undefined || state.deleted || !mayUse(actor, state)) throw new DomainError('not-found', 'Report not found');
    return viewOf(state, revision);
  }

  async list(actor: Actor): Promise<{ items: SavedReportDto[] }> {
    const items: SavedReportDto[] = [];
    for (let after = 0; ;) {
      const page = await this.store.readAll({ after, types: ['ReportSaved'], limit: PAGE });
      for (const saved of page) {
        if (actor.role !== 'admin' && saved.data.ownerId !== actor.userId) continue;
        const { state, revision } = await this.pipeline.load(String(saved.data.reportId));
        if (state && !state.deleted) items.push(viewOf(state, revision));
      }
      if (page.length < PAGE) return { items };
      after = page[page.length - 1].position;
    }
  }

  /** Every version of the definition, oldest first, with who made it. */
  async history(actor: Actor, id: string): Promise<{ items: SavedReportVersionDto[] }> {
    const { state } = await this.pipeline.load(id);
    if (state === undefined || !mayUse(actor, state)) throw new DomainError('not-found', 'Report not found');
    const events = await this.store.readStream(reportStream(id));
    return {
      items: events.map((event) => ({
        type: event.type,
        revision: event.revision,
        position: event.position,
        occurredAt: event.metadata.occurredAt,
        actorId: event.metadata.actorId,
        ...(typeof event.data.name === 'string' ? { name: event.data.name } : {}),
        ...(event.data.definition ? { definition: event.data.definition as unknown as SavedReportVersionDto['definition'] } : {}),
      })),
    };
  }
}

function viewOf(report: SavedReport, revision: number): SavedReportDto {
  return {
    id: report.id,
    name: report.name,
    ownerId: report.ownerId,
    definition: report.definition as unknown as SavedReportDto['definition'],
    createdAt: report.createdAt,
    updatedAt: report.updatedAt,
    revision,
  };
}
