import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiTags, ApiOperation, ApiBody } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { RegisterCustomerCommand } from './register-customer.command.js';
import { RegisterCustomerDto } from './register-customer.dto.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { COMMAND_RESULT_EXAMPLE, REGISTER_CUSTOMER_EXAMPLES } from '../../../openapi/examples.js';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
export class RegisterCustomerController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ operationId: 'registerCustomer', summary: 'Register a customer (its code is allocated unless given)' })
  @ApiBody({ type: RegisterCustomerDto, examples: REGISTER_CUSTOMER_EXAMPLES })
  @ApiProblems(400, 409, 422)
  @HttpCode(201)
  @RequirePermission('customers.create')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResultDto, example: COMMAND_RESULT_EXAMPLE })
  register(@Body() body: RegisterCustomerDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new RegisterCustomerCommand(body, context));
  }
}
