import { Controller, HttpCode, Param, ParseUUIDPipe, Post, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandResultDto } from '../../customers/dto/command-result.dto.js';
import { CommandCtx } from '../../http/request-context.js';
import { MinPositionInterceptor } from '../../read-side/read-your-writes/min-position.interceptor.js';
import { CompleteReminderCommand } from './complete-reminder.command.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';

@ApiTags('reminders')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/reminders')
@UseInterceptors(MinPositionInterceptor)
export class CompleteReminderController {
  constructor(private readonly commands: CommandBus) {}

  /** Completing twice is a no-op; a reminder of a customer you may not see is a 404. */
  @Post(':id/complete')
  @ApiOperation({ operationId: 'completeReminder', summary: 'Mark a reminder done (its assignee, or a manager or admin)' })
  @ApiProblems(400, 404, 422)
  @HttpCode(200)
  @RequirePermission('reminders.complete')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'wait until the reminder is in the read model' })
  @ApiOkResponse({ type: CommandResultDto })
  complete(@Param('id', new ParseUUIDPipe()) id: string, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new CompleteReminderCommand(id, context));
  }
}
