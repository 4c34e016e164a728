import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { deterministicUuid, type CommandContext, type CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CLOCK, type Clock } from '#shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CommandResultDto } from '../customers/dto/command-result.dto.js';
import { CommandCtx } from '../http/request-context.js';
import { latestDue } from './delivery-schedule.js';
import { ReportRuns, type RunOutcome } from './report-runs.js';
import { ReportSubscriptionListDto, ReportRunOutcomeDto, ReportSubscriptionViewDto } from './report-subscription-view.dto.js';
import { ReportSubscriptionDto, scheduleOf } from './report-subscription.dto.js';
import { ReportSubscriptions } from './report-subscriptions.js';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('v1/report-subscriptions')
export class ReportSubscriptionsController {
  constructor(
    private readonly subscriptions: ReportSubscriptions,
    private readonly runs: ReportRuns,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(201)
  @RequirePermission('reports.subscribe')
  @ApiOperation({ operationId: 'createReportSubscription', summary: 'Deliver a report to recipients on a weekly or monthly schedule (報表自動推送)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResultDto })
  create(@Body() body: ReportSubscriptionDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    const id = context.idempotencyKey ? deterministicUuid('report-subscription', context.idempotencyKey) : randomUUID();
    return this.subscriptions.create(id, contentOf(body), context);
  }

  @Get()
  @RequirePermission('reports.subscribe')
  @ApiOperation({ operationId: 'listReportSubscriptions', summary: "The caller's report subscriptions (an admin sees all)" })
  @ApiOkResponse({ type: ReportSubscriptionListDto })
  async list(@CommandCtx() context: CommandContext): Promise<ReportSubscriptionListDto> {
    const all = await this.subscriptions.all();
    return { items: all.filter((s) => context.actor.role === 'admin' || s.ownerId === context.actor.userId).map(view) };
  }

  @Get(':id')
  @RequirePermission('reports.subscribe')
  @ApiOperation({ operationId: 'getReportSubscription', summary: 'One report subscription' })
  @ApiOkResponse({ type: ReportSubscriptionViewDto })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CommandCtx() context: CommandContext): Promise<ReportSubscriptionViewDto> {
    return view(await this.subscriptions.visible(id, context));
  }

  @Put(':id')
  @RequirePermission('reports.subscribe')
  @ApiOperation({ operationId: 'changeReportSubscription', summary: 'Change a subscription (applies from its next run)' })
  @ApiOkResponse({ type: CommandResultDto })
  change(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ReportSubscriptionDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.subscriptions.change(id, contentOf(body), context);
  }

  @Delete(':id')
  @RequirePermission('reports.subscribe')
  @ApiOperation({ operationId: 'deleteReportSubscription', summary: 'Stop a subscription (its history stays)' })
  @ApiOkResponse({ type: CommandResultDto })
  remove(@Param('id', new ParseUUIDPipe()) id: string, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.subscriptions.remove(id, context);
  }

  /** Sends the report now, covering the period up to now. With an Idempotency-Key a retry sends nothing twice. */
  @Post(':id/run')
  @HttpCode(200)
  @RequirePermission('reports.subscribe')
  @ApiOperation({ operationId: 'runReportSubscription', summary: 'Deliver a subscription now' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: ReportRunOutcomeDto })
  async run(@Param('id', new ParseUUIDPipe()) id: string, @CommandCtx() context: CommandContext): Promise<RunOutcome> {
    const subscription = await this.subscriptions.visible(id, context);
    const now = this.clock.now();
    const due = latestDue(subscription.schedule, now, this.config.timeZone);
    const period = `manual-${context.idempotencyKey ?? now.toISOString()}`;
    return this.runs.run(subscription, { period, dueAt: now, from: due.from }, context.actor);
  }
}

function contentOf(body: ReportSubscriptionDto) {
  return { name: body.name, report: body.report, format: body.format, recipients: body.recipients, schedule: scheduleOf(body.schedule) };
}

function view(s: Awaited<ReturnType<ReportSubscriptions['visible']>>): ReportSubscriptionViewDto {
  return {
    id: s.id,
    name: s.name,
    report: s.report,
    format: s.format,
    recipients: s.recipients,
    schedule: s.schedule,
    ownerId: s.ownerId,
    createdAt: s.createdAt,
  };
}
