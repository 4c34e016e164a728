import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags, ApiOperation, ApiOkResponse } from '@nestjs/swagger';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { MinPositionInterceptor } from '../../read-side/read-your-writes/min-position.interceptor.js';
import { ListRemindersDto } from './list-reminders.dto.js';
import { ListRemindersQuery, type ReminderPage } from './list-reminders.query.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { ReminderPageResponseDto } from './reminder-page-response.dto.js';

@ApiTags('reminders')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/reminders')
@UseInterceptors(MinPositionInterceptor)
export class ListRemindersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'listReminders', summary: 'Reminders by assignee, due date and status' })
  @ApiOkResponse({ type: ReminderPageResponseDto })
  @ApiProblems(400, 503)
  @RequirePermission('reminders.read')
  @ApiHeader({ name: 'X-Min-Position', required: false })
  list(@Query() query: ListRemindersDto, @CurrentActor() actor: Actor): Promise<ReminderPage> {
    return this.queries.execute(new ListRemindersQuery(query, actor));
  }
}
