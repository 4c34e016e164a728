import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags, ApiOperation, ApiBody } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { ChangeCustomerStatusCommand } from './change-customer-status.command.js';
import { ChangeCustomerStatusDto } from './change-customer-status.dto.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { CHANGE_STATUS_EXAMPLES, COMMAND_RESULT_EXAMPLE } from '../../../openapi/examples.js';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
export class ChangeCustomerStatusController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/status')
  @ApiOperation({ operationId: 'changeCustomerStatus', summary: 'Move a customer along its lifecycle, with a reason' })
  @ApiBody({ type: ChangeCustomerStatusDto, examples: CHANGE_STATUS_EXAMPLES })
  @ApiProblems(400, 404, 409, 422)
  @HttpCode(200)
  @RequirePermission('customers.update')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: CommandResultDto, example: COMMAND_RESULT_EXAMPLE })
  changeStatus(@Param('id', customerIdPipe) id: string, @Body() body: ChangeCustomerStatusDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new ChangeCustomerStatusCommand(id, body, context));
  }
}
