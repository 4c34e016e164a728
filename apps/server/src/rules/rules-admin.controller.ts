import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiOperation, ApiOkResponse, ApiAcceptedResponse } from '@nestjs/swagger';
import type { CommandContext } from '#application';
import { RequirePermission } from '#auth';
import type { AdminJob } from '#leases';
import type { FastifyReply } from 'fastify';
import { InvalidRuleChangeError, isRuleId, RULE_IDS, RuleBookStore, type EvaluationReport, type RuleSettings, type TagRuleChangedData } from '#sagas';
import { CommandCtx } from '../http/request-context.js';
import { RequestValidationException } from '../http/validation.js';
import { EvaluateRulesDto } from './evaluate-rules.dto.js';
import { RulesEvaluationService } from './rules-evaluation.service.js';
import { RulesScheduler } from './rules-scheduler.js';
import { UpdateRuleDto } from './update-rule.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { RuleListResponseDto } from './rule-list-response.dto.js';
import { RuleHistoryResponseDto } from './rule-history-response.dto.js';
import { RuleSettingsDto } from './rule-settings.dto.js';
import { EvaluationReportDto } from './evaluation-report.dto.js';
import { AdminJobDto } from '../openapi/admin-job.dto.js';

@ApiTags('admin')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/admin/rules')
export class RulesAdminController {
  constructor(
    private readonly rules: RuleBookStore,
    private readonly evaluation: RulesEvaluationService,
    private readonly scheduler: RulesScheduler,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listRules', summary: 'The tag rules and their current settings' })
  @ApiOkResponse({ type: RuleListResponseDto })
  @RequirePermission('rules.manage')
  async list(): Promise<{ items: RuleSettings[] }> {
    const book = await this.rules.current();
    return { items: RULE_IDS.map((id) => book[id]) };
  }

  /** Every admin change, oldest first: who set which version of which rule. */
  @Get('history')
  @ApiOperation({ operationId: 'getRuleHistory', summary: 'Every admin change of the rules: who set which version, oldest first' })
  @ApiOkResponse({ type: RuleHistoryResponseDto })
  @RequirePermission('rules.history')
  async history(): Promise<{ items: TagRuleChangedData[] }> {
    return { items: await this.rules.history() };
  }

  /** A new version of the rule, recorded in the `tag-rules` stream; it applies from then on. */
  @Put(':id')
  @ApiOperation({ operationId: 'updateRule', summary: 'A new version of a rule (enable, tag, threshold, window)' })
  @ApiOkResponse({ type: RuleSettingsDto })
  @ApiProblems(400, 404)
  @RequirePermission('rules.manage')
  async update(@Param('id') id: string, @Body() body: UpdateRuleDto, @CommandCtx() context: CommandContext): Promise<RuleSettings> {
    if (!isRuleId(id)) throw new NotFoundException(`No rule named ${id}`);
    try {
      const book = await this.rules.change(id, body, context.actor, context.correlationId);
      return book[id];
    } catch (error) {
      if (error instanceof InvalidRuleChangeError) throw new RequestValidationException([{ field: error.field, message: error.message }]);
      throw error;
    }
  }

  /**
   * Evaluates the time-based rules now, or as of `at`. In the process holding the rules lease it answers
   * 200 with the report when the run is done; any other replica records the request and answers 202 with
   * its id, the holder carries it out, and GET evaluations/:id shows its progress and report.
   */
  @Post('evaluate')
  @ApiOperation({ operationId: 'evaluateRules', summary: 'Evaluate the time-based rules now or as of an instant' })
  @ApiOkResponse({ type: EvaluationReportDto, description: 'Evaluated here (this process holds the rules lease)' })
  @ApiAcceptedResponse({ type: AdminJobDto, description: 'Recorded; the lease holder carries it out (GET evaluations/:id)' })
  @ApiProblems(400)
  @HttpCode(200)
  @RequirePermission('rules.manage')
  async evaluate(
    @Body() body: EvaluateRulesDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EvaluationReport | AdminJob> {
    const at = body.at ? new Date(body.at) : undefined;
    if (this.scheduler.hosted) return this.evaluation.evaluate(at);
    reply.code(202);
    return this.scheduler.request(at, { id: context.actor.userId, role: context.actor.role, correlationId: context.correlationId });
  }

  /** A relayed evaluation: requested, running, done (with its report in `result`) or failed. */
  @Get('evaluations/:id')
  @ApiOperation({ operationId: 'getRuleEvaluation', summary: 'A relayed rule evaluation: requested, running, done (with its report) or failed' })
  @ApiOkResponse({ type: AdminJobDto })
  @ApiProblems(404)
  @RequirePermission('rules.manage')
  async evaluationRequest(@Param('id') id: string): Promise<AdminJob> {
    const job = await this.scheduler.find(id);
    if (!job) throw new NotFoundException(`No rule evaluation request ${id}`);
    return job;
  }
}
