import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { ReasonDto } from '../../dto/reason.dto.js';
import { ArchiveCustomerCommand } from './archive-customer.command.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
export class ArchiveCustomerController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission('customers.archive')
  @ApiOperation({
    operationId: 'archiveCustomer',
    summary: 'Archive a customer ("delete"): it leaves lists and analytics, its history stays; erasure alone removes personal data',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: CommandResultDto })
  archive(@Param('id', customerIdPipe) id: string, @Body() body: ReasonDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new ArchiveCustomerCommand(id, body.reason, context));
  }
}
