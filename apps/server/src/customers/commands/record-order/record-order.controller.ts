import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { RecordOrderCommand } from './record-order.command.js';
import { RecordOrderDto } from './record-order.dto.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
export class RecordOrderController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/orders')
  @HttpCode(201)
  @RequirePermission('orders.create')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: CommandResultDto })
  recordOrder(@Param('id', customerIdPipe) id: string, @Body() body: RecordOrderDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new RecordOrderCommand(id, body, context));
  }
}
