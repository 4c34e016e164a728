import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import type { CommandContext } from '#application';
import { ApiBearerAuth, ApiHeader, ApiTags, ApiOperation, ApiOkResponse } from '@nestjs/swagger';
import { RequirePermission } from '#auth';
import { SAGA_STATE, type ParkedReaction, type ParkedReactions } from '#sagas';
import { CommandCtx } from '../http/request-context.js';
import { ParkedReactionRetry } from './parked-reaction-retry.js';
import { RetryOutcomeResponseDto } from './retry-outcome-response.dto.js';
import { SagaFeederService } from './saga-feeder.service.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { ParkedReactionListResponseDto } from './parked-reaction-list-response.dto.js';
import { SagaStatusResponseDto } from './saga-status-response.dto.js';

const MAX_PARKED = 500;

@ApiTags('admin')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/admin/sagas')
export class SagasAdminController {
  constructor(
    @Inject(SAGA_STATE) private readonly parkedReactions: ParkedReactions,
    private readonly feeder: SagaFeederService,
    private readonly retries: ParkedReactionRetry,
  ) {}

  /** Reactions that kept failing or were refused by the domain, newest first. */
  @Get('parked')
  @ApiOperation({ operationId: 'listParkedReactions', summary: 'Saga reactions that kept failing or were refused, newest first' })
  @ApiOkResponse({ type: ParkedReactionListResponseDto })
  @RequirePermission('sagas.manage')
  async parked(): Promise<{ items: ParkedReaction[] }> {
    return { items: await this.parkedReactions.list(MAX_PARKED) };
  }

  /**
   * Runs a parked reaction again, recorded in the operations stream (GET /v1/admin/operations). Its effects are applied
   * once however often it is retried; with an Idempotency-Key a repeat answers the same, without one a retry of a
   * reaction already applied answers 404 (it left the parked list).
   */
  @Post('parked/:id/retry')
  @HttpCode(200)
  @RequirePermission('sagas.manage')
  @ApiOperation({ operationId: 'retryParkedReaction', summary: 'Run a parked saga reaction again (its effects stay idempotent)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: RetryOutcomeResponseDto })
  @ApiProblems(400, 404)
  retry(@Param('id', new ParseUUIDPipe()) id: string, @CommandCtx() context: CommandContext): Promise<RetryOutcomeResponseDto> {
    return this.retries.retry(id, context);
  }

  /** The feed position up to which every saga reaction has settled. */
  @Get()
  @ApiOperation({ operationId: 'getSagaStatus', summary: 'Where the saga feed has settled, and whether this process hosts it' })
  @ApiOkResponse({ type: SagaStatusResponseDto })
  @RequirePermission('sagas.manage')
  status(): { hosted: boolean; position: number } {
    return { hosted: this.feeder.hosted, position: this.feeder.position() };
  }
}
