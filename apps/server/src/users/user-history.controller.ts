import { Controller, Get, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiOperation, ApiOkResponse } from '@nestjs/swagger';
import { toHistoryItem, type HistoryItem } from '#audit';
import { DomainError, userStream } from '#domain';
import { RequirePermission } from '#auth';
import { EVENT_STORE, type EventStore } from '#event-store';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { HistoryListResponseDto } from '../audit/history-list-response.dto.js';

/** A user's stream as the audit trail shows it: who created, disabled, re-roled or reset whom, and when. */
@ApiTags('audit')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/users')
export class UserHistoryController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get(':id/history')
  @ApiOperation({ operationId: 'getUserHistory', summary: 'A user’s stream: who created, disabled, re-roled or reset whom, and when' })
  @ApiOkResponse({ type: HistoryListResponseDto })
  @ApiProblems(400, 404)
  @RequirePermission('audit.read')
  async history(@Param('id', new ParseUUIDPipe()) id: string): Promise<{ items: HistoryItem[] }> {
    const events = await this.store.readStream(userStream(id));
    if (events.length === 0) throw new DomainError('not-found', 'User not found');
    return { items: events.map(toHistoryItem).map(withoutPasswordHash) };
  }
}

function withoutPasswordHash(item: HistoryItem): HistoryItem {
  const { passwordHash: _secret, ...data } = item.data;
  return { ...item, data };
}
