import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { ChangeCustomerStatusCommand } from './change-customer-status.command.js';
import { ChangeCustomerStatusDto } from './change-customer-status.dto.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
export class ChangeCustomerStatusController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/status')
  @HttpCode(200)
  @RequirePermission('customers.update')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: CommandResultDto })
  changeStatus(@Param('id', customerIdPipe) id: string, @Body() body: ChangeCustomerStatusDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new ChangeCustomerStatusCommand(id, body, context));
  }
}
