import { Controller, Get, Query, Res, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { csvReply } from '../../http/csv-reply.js';
import { MinPositionInterceptor } from '../../read-your-writes/min-position.interceptor.js';
import { DuplicateGroupPageResponse } from './duplicate-group.response.js';
import { FindDuplicatesDto } from './find-duplicates.dto.js';
import { FindDuplicatesQuery } from './find-duplicates.query.js';

const CSV_COLUMNS = ['groupId', 'score', 'reasons', 'id', 'code', 'name', 'region', 'ownerId', 'contactName', 'phone', 'email'];

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers/duplicates')
@UseInterceptors(MinPositionInterceptor)
export class FindDuplicatesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('customers.read', { export: 'customers.export' })
  @ApiOperation({
    operationId: 'findDuplicateCustomers',
    summary: 'Candidate groups of duplicate customers among those the caller may see, with a score and the reasons',
  })
  @ApiOkResponse({ type: DuplicateGroupPageResponse })
  @ApiProduces('application/json', 'text/csv')
  @ApiHeader({ name: 'X-Min-Position', required: false })
  async find(
    @Query() filters: FindDuplicatesDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DuplicateGroupPageResponse | string> {
    const page = await this.queries.execute(new FindDuplicatesQuery(filters, actor));
    if (filters.format !== 'csv') return page;
    if (page.nextCursor) reply.header('x-next-cursor', page.nextCursor);
    const rows = page.items.flatMap(({ groupId, score, reasons, customers }) =>
      customers.map(({ contact, ...customer }) => ({
        groupId,
        score,
        reasons: reasons.join(';'),
        ...customer,
        contactName: contact.name,
        phone: contact.phone,
        email: contact.email,
      })),
    );
    return csvReply(reply, 'duplicate-customers', rows, CSV_COLUMNS);
  }
}
