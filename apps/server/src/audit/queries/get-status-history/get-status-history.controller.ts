import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { StatusChange } from '#audit';
import { RequirePermission } from '#auth';
import { customerIdPipe } from '../../../customers/dto/customer-id.param.js';
import { GetStatusHistoryQuery } from './get-status-history.query.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('v1/customers')
export class GetStatusHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/status-history')
  @RequirePermission('audit.read')
  @ApiNotFoundResponse({ description: 'no such customer' })
  statusHistory(@Param('id', customerIdPipe) id: string): Promise<StatusChange[]> {
    return this.queries.execute(new GetStatusHistoryQuery(id));
  }
}
