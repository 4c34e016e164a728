import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { ChangeCustomerOwnerCommand } from './change-customer-owner.command.js';
import { ChangeCustomerOwnerDto } from './change-customer-owner.dto.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
export class ChangeCustomerOwnerController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/owner')
  @ApiOperation({ operationId: 'changeCustomerOwner', summary: 'Hand a customer to another owner (manager within the team, admin)' })
  @ApiProblems(400, 404, 422)
  @HttpCode(200)
  @RequirePermission('owners.assign')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: CommandResultDto })
  changeOwner(@Param('id', customerIdPipe) id: string, @Body() body: ChangeCustomerOwnerDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new ChangeCustomerOwnerCommand(id, body, context));
  }
}
