import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { toHistoryItem } from '#audit';
import { OPERATIONS_STREAM } from '#domain';
import { RequirePermission } from '#auth';
import { EVENT_STORE, type EventStore } from '#event-store';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { HistoryListResponseDto } from './history-list-response.dto.js';

/** What operators did to the running system (retries of parked saga reactions): who, what, when. */
@ApiTags('audit')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/admin/operations')
export class OperationsHistoryController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  @RequirePermission('audit.read')
  @ApiOperation({ operationId: 'listOperations', summary: 'The operations stream: each operator action on the running system, oldest first' })
  @ApiOkResponse({ type: HistoryListResponseDto })
  async list(): Promise<HistoryListResponseDto> {
    return { items: (await this.store.readStream(OPERATIONS_STREAM)).map(toHistoryItem) };
  }
}
