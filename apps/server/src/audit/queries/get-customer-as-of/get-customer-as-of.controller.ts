import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#domain';
import type { AsOfPoint } from '#audit';
import { CurrentActor, RequirePermission } from '#auth';
import { customerIdPipe } from '../../../customers/dto/customer-id.param.js';
import { RequestValidationException } from '../../../http/validation.js';
import { AsOfQueryDto } from './as-of-query.dto.js';
import type { CustomerAsOfView } from './customer-as-of-view.js';
import { GetCustomerAsOfQuery } from './get-customer-as-of.query.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('v1/customers')
export class GetCustomerAsOfController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/as-of')
  @RequirePermission('audit.read')
  @ApiNotFoundResponse({ description: 'no such customer, or not yet registered at that point' })
  asOf(@Param('id', customerIdPipe) id: string, @Query() query: AsOfQueryDto, @CurrentActor() actor: Actor): Promise<CustomerAsOfView> {
    return this.queries.execute(new GetCustomerAsOfQuery(id, asOfPoint(query), actor));
  }
}

function asOfPoint({ at, revision }: AsOfQueryDto): AsOfPoint {
  if ((at === undefined) === (revision === undefined)) {
    const message = 'give exactly one of at (ISO 8601 instant) or revision';
    throw new RequestValidationException([{ field: at === undefined ? 'at' : 'revision', message }]);
  }
  return at !== undefined ? { at: new Date(at) } : { revision: revision as number };
}
