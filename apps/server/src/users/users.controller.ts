import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { UserDirectory, type CommandContext } from '#application';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../http/request-context.js';
import { CreateUserDto } from './create-user.dto.js';
import { UserAccountsService } from './user-accounts.service.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller('v1/users')
export class UsersController {
  constructor(
    private readonly accounts: UserAccountsService,
    private readonly directory: UserDirectory,
  ) {}

  @Post()
  @HttpCode(201)
  @RequirePermission('users.manage')
  create(@Body() body: CreateUserDto, @CommandCtx() context: CommandContext) {
    return this.accounts.create(body, context);
  }

  @Get()
  @RequirePermission('users.manage')
  async list() {
    const users = await this.directory.list();
    return { items: users.map(({ passwordHash: _hidden, ...user }) => user) };
  }
}
