import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags, ApiOperation, ApiOkResponse } from '@nestjs/swagger';
import type { StatusChange } from '#audit';
import { RequirePermission } from '#auth';
import { customerIdPipe } from '../../../customers/dto/customer-id.param.js';
import { GetStatusHistoryQuery } from './get-status-history.query.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { StatusChangeDto } from './status-change.dto.js';

@ApiTags('audit')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
export class GetStatusHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/status-history')
  @ApiOperation({ operationId: 'getStatusHistory', summary: 'A customer’s status changes: from, to, reason, who and when' })
  @ApiOkResponse({ type: [StatusChangeDto] })
  @ApiProblems(400, 404)
  @RequirePermission('audit.read')
  statusHistory(@Param('id', customerIdPipe) id: string): Promise<StatusChange[]> {
    return this.queries.execute(new GetStatusHistoryQuery(id));
  }
}
