import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CustomerMergeService, type CommandContext, type MergeResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { ReasonDto } from '../../dto/reason.dto.js';
import { MergeResultDto } from '../merge-customers/merge-result.dto.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
export class UnmergeCustomersController {
  constructor(private readonly merges: CustomerMergeService) {}

  @Post(':id/unmerge')
  @HttpCode(200)
  @RequirePermission('customers.merge')
  @ApiOperation({
    operationId: 'unmergeCustomer',
    summary: 'Undo the merge of this customer: the survivor gives back what it still holds of it',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: MergeResultDto })
  unmerge(@Param('id', customerIdPipe) id: string, @Body() body: ReasonDto, @CommandCtx() context: CommandContext): Promise<MergeResult> {
    return this.merges.unmerge(id, body.reason, context);
  }
}
