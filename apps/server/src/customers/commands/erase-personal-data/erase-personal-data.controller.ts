import { Body, Controller, Delete, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { ErasePersonalDataCommand } from './erase-personal-data.command.js';
import { ErasePersonalDataDto } from './erase-personal-data.dto.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
export class ErasePersonalDataController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':id/personal-data')
  @ApiOperation({ operationId: 'erasePersonalData', summary: 'Erase a customer’s personal data (crypto-shredding; PIPL/GDPR)' })
  @ApiProblems(400, 404)
  @RequirePermission('personalData.erase')
  @ApiOkResponse({ type: CommandResultDto, description: 'personal data now reads as "[erased]" everywhere; history stays verifiable' })
  erase(@Param('id', customerIdPipe) id: string, @Body() body: ErasePersonalDataDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new ErasePersonalDataCommand(id, body.reason, context));
  }
}
