import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { RegisterCustomerCommand } from './register-customer.command.js';
import { RegisterCustomerDto } from './register-customer.dto.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
export class RegisterCustomerController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @RequirePermission('customers.create')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResultDto })
  @ApiConflictResponse({ description: 'code-taken or duplicate-suspected' })
  register(@Body() body: RegisterCustomerDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new RegisterCustomerCommand(body, context));
  }
}
