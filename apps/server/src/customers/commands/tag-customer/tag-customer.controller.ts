import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { TagCustomerCommand } from './tag-customer.command.js';
import { TagCustomerDto } from './tag-customer.dto.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
export class TagCustomerController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/tags')
  @ApiOperation({ operationId: 'tagCustomer', summary: 'Tag a customer by hand' })
  @ApiProblems(400, 404, 422)
  @HttpCode(200)
  @RequirePermission('tags.manage')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: CommandResultDto })
  tag(@Param('id', customerIdPipe) id: string, @Body() body: TagCustomerDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new TagCustomerCommand(id, body, context));
  }
}
