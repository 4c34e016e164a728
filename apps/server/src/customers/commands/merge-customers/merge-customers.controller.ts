import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CustomerMergeService, type CommandContext, type MergeResult } from '#application';
import { TAKEABLE_FIELDS } from '#domain';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { MergeCustomersDto } from './merge-customers.dto.js';
import { MergeResultDto } from './merge-result.dto.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
export class MergeCustomersController {
  constructor(private readonly merges: CustomerMergeService) {}

  @Post(':id/merge')
  @HttpCode(200)
  @RequirePermission('customers.merge')
  @ApiOperation({
    operationId: 'mergeCustomer',
    summary: 'Merge this customer into another: its follow-ups, orders, manual tags and open reminders move to the survivor',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: MergeResultDto })
  merge(@Param('id', customerIdPipe) id: string, @Body() body: MergeCustomersDto, @CommandCtx() context: CommandContext): Promise<MergeResult> {
    const take = TAKEABLE_FIELDS.filter((field) => body.take?.[field] === 'merged');
    return this.merges.merge(id, { into: body.into, reason: body.reason, take }, context);
  }
}
