import { Body, Controller, Headers, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { parseIfMatch } from '../../../http/if-match.js';
import { CommandCtx } from '../../../http/request-context.js';
import { CommandResultDto } from '../../dto/command-result.dto.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import { UpdateCustomerProfileCommand } from './update-customer-profile.command.js';
import { UpdateCustomerProfileDto } from './update-customer-profile.dto.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
export class UpdateCustomerProfileController {
  constructor(private readonly commands: CommandBus) {}

  @Patch(':id')
  @ApiOperation({ operationId: 'updateCustomerProfile', summary: 'Change profile fields (null clears an optional one)' })
  @ApiProblems(400, 404, 409, 412, 422)
  @RequirePermission('customers.update')
  @ApiHeader({ name: 'If-Match', required: false, description: 'the revision you last read; 412 if it moved on' })
  @ApiOkResponse({ type: CommandResultDto })
  update(
    @Param('id', customerIdPipe) id: string,
    @Body() body: UpdateCustomerProfileDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new UpdateCustomerProfileCommand(id, body, parseIfMatch(ifMatch), context));
  }
}
