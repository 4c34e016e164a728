import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { ResolveComplaintCommand } from './resolve-complaint.command.js';
import { ResolveComplaintDto } from './resolve-complaint.dto.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
export class ResolveComplaintController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/follow-ups/:followUpId/resolve')
  @HttpCode(200)
  @RequirePermission('followUps.create')
  @ApiOperation({ operationId: 'resolveComplaint', summary: 'Close a complaint with its resolution (409 when already resolved)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: CommandResultDto })
  resolve(
    @Param('id', customerIdPipe) id: string,
    @Param('followUpId', new ParseUUIDPipe()) followUpId: string,
    @Body() body: ResolveComplaintDto,
    @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new ResolveComplaintCommand(id, followUpId, body, context));
  }
}
