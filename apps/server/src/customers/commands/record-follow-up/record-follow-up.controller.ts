import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { RecordFollowUpCommand } from './record-follow-up.command.js';
import { RecordFollowUpDto } from './record-follow-up.dto.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
export class RecordFollowUpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/follow-ups')
  @HttpCode(201)
  @RequirePermission('followUps.create')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: CommandResultDto })
  recordFollowUp(@Param('id', customerIdPipe) id: string, @Body() body: RecordFollowUpDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new RecordFollowUpCommand(id, body, context));
  }
}
