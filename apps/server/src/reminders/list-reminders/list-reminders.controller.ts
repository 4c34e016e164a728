import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { MinPositionInterceptor } from '../../read-side/read-your-writes/min-position.interceptor.js';
import { ListRemindersDto } from './list-reminders.dto.js';
import { ListRemindersQuery, type ReminderPage } from './list-reminders.query.js';

@ApiTags('reminders')
@ApiBearerAuth()
@Controller('v1/reminders')
@UseInterceptors(MinPositionInterceptor)
export class ListRemindersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('reminders.read')
  @ApiHeader({ name: 'X-Min-Position', required: false })
  list(@Query() query: ListRemindersDto, @CurrentActor() actor: Actor): Promise<ReminderPage> {
    return this.queries.execute(new ListRemindersQuery(query, actor));
  }
}
