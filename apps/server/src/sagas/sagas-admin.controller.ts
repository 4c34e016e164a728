import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiOperation, ApiOkResponse } from '@nestjs/swagger';
import { RequirePermission } from '#auth';
import { SAGA_STATE, type ParkedReaction, type ParkedReactions } from '#sagas';
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
  ) {}

  /** Reactions that kept failing or were refused by the domain, newest first. */
  @Get('parked')
  @ApiOperation({ operationId: 'listParkedReactions', summary: 'Saga reactions that kept failing or were refused, newest first' })
  @ApiOkResponse({ type: ParkedReactionListResponseDto })
  @RequirePermission('sagas.manage')
  async parked(): Promise<{ items: ParkedReaction[] }> {
    return { items: await this.parkedReactions.list(MAX_PARKED) };
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
