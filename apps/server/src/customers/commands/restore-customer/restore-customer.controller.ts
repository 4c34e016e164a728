import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { ReasonDto } from '../../dto/reason.dto.js';
import { RestoreCustomerCommand } from './restore-customer.command.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
export class RestoreCustomerController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission('customers.archive')
  @ApiOperation({ operationId: 'restoreCustomer', summary: 'Restore an archived customer to lists and analytics' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: CommandResultDto })
  restore(@Param('id', customerIdPipe) id: string, @Body() body: ReasonDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new RestoreCustomerCommand(id, body.reason, context));
  }
}
