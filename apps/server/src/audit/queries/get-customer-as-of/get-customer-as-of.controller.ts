import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags, ApiOperation, ApiOkResponse } from '@nestjs/swagger';
import type { Actor } from '#domain';
import type { AsOfPoint } from '#audit';
import { CurrentActor, RequirePermission } from '#auth';
import { customerIdPipe } from '../../../customers/dto/customer-id.param.js';
import { RequestValidationException } from '../../../http/validation.js';
import { AsOfQueryDto } from './as-of-query.dto.js';
import type { CustomerAsOfView } from './customer-as-of-view.js';
import { GetCustomerAsOfQuery } from './get-customer-as-of.query.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { CustomerAsOfResponseDto } from './customer-as-of-response.dto.js';

@ApiTags('audit')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
export class GetCustomerAsOfController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/as-of')
  @ApiOperation({ operationId: 'getCustomerAsOf', summary: 'The customer exactly as it was at an instant (or a revision)' })
  @ApiOkResponse({ type: CustomerAsOfResponseDto })
  @ApiProblems(400, 404)
  @RequirePermission('audit.read')
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
