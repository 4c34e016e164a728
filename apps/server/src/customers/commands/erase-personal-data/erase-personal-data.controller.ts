import { Body, Controller, Delete, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { ErasePersonalDataCommand } from './erase-personal-data.command.js';
import { ErasePersonalDataDto } from './erase-personal-data.dto.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
export class ErasePersonalDataController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':id/personal-data')
  @RequirePermission('personalData.erase')
  @ApiOkResponse({ type: CommandResultDto, description: 'personal data now reads as "[erased]" everywhere; history stays verifiable' })
  erase(@Param('id', customerIdPipe) id: string, @Body() body: ErasePersonalDataDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new ErasePersonalDataCommand(id, body.reason, context));
  }
}
