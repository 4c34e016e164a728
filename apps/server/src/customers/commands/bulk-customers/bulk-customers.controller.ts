import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { BulkCustomersCommand } from './bulk-customers.command.js';
import { BulkCustomersDto } from './bulk-customers.dto.js';
import { BulkReportDto } from './bulk-report.dto.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
export class BulkCustomersController {
  constructor(private readonly commands: CommandBus) {}

  /** The route needs read access; each action then needs the permission of its single-customer route. */
  @Post('bulk')
  @HttpCode(200)
  @RequirePermission('customers.read')
  @ApiOperation({
    operationId: 'bulkUpdateCustomers',
    summary: 'Tag, untag, change owner, change status or archive many customers (ids or a filter), with a report per customer',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body appends nothing' })
  @ApiOkResponse({ type: BulkReportDto })
  bulk(@Body() body: BulkCustomersDto, @CommandCtx() context: CommandContext): Promise<BulkReportDto> {
    return this.commands.execute(new BulkCustomersCommand(body, context));
  }
}
