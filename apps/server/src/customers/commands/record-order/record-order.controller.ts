import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags, ApiOperation, ApiCreatedResponse } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { RecordOrderCommand } from './record-order.command.js';
import { RecordOrderDto } from './record-order.dto.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
export class RecordOrderController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/orders')
  @ApiOperation({ operationId: 'recordOrder', summary: 'Record an order (amount in minor units: fen for CNY); a repeated orderId records nothing' })
  @ApiProblems(400, 404, 422)
  @HttpCode(201)
  @RequirePermission('orders.create')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResultDto })
  recordOrder(@Param('id', customerIdPipe) id: string, @Body() body: RecordOrderDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new RecordOrderCommand(id, body, context));
  }
}
