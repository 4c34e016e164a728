import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags, ApiOperation, ApiBody, ApiCreatedResponse } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { RecordFollowUpCommand } from './record-follow-up.command.js';
import { RecordFollowUpDto } from './record-follow-up.dto.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { COMMAND_RESULT_EXAMPLE, RECORD_FOLLOW_UP_EXAMPLES } from '../../../openapi/examples.js';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
export class RecordFollowUpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/follow-ups')
  @ApiOperation({ operationId: 'recordFollowUp', summary: 'Record a follow-up (call, visit, e-mail, meeting) with a customer' })
  @ApiBody({ type: RecordFollowUpDto, examples: RECORD_FOLLOW_UP_EXAMPLES })
  @ApiProblems(400, 404, 422)
  @HttpCode(201)
  @RequirePermission('followUps.create')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResultDto, example: COMMAND_RESULT_EXAMPLE })
  recordFollowUp(@Param('id', customerIdPipe) id: string, @Body() body: RecordFollowUpDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new RecordFollowUpCommand(id, body, context));
  }
}
