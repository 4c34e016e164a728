import { Controller, Delete, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { UntagCustomerCommand } from './untag-customer.command.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
export class UntagCustomerController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':id/tags/:tag')
  @ApiOperation({ operationId: 'untagCustomer', summary: 'Remove a tag from a customer' })
  @ApiProblems(400, 404)
  @RequirePermission('tags.manage')
  @ApiOkResponse({ type: CommandResultDto })
  untag(@Param('id', customerIdPipe) id: string, @Param('tag') tag: string, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new UntagCustomerCommand(id, { tag }, context));
  }
}
