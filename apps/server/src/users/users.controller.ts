import { BadRequestException, Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { UserDirectory, type CommandContext } from '#application';
import { DomainError } from '#domain';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../http/request-context.js';
import { CreateUserDto } from './create-user.dto.js';
import { UpdateUserDto } from './update-user.dto.js';
import { UserAccountsService } from './user-accounts.service.js';
import { userView, type UserView } from './user-view.js';

const userIdPipe = new ParseUUIDPipe();

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
  async list(): Promise<{ items: UserView[] }> {
    const users = await this.directory.list();
    return { items: users.map(userView) };
  }

  @Get(':id')
  @RequirePermission('users.manage')
  @ApiNotFoundResponse({ description: 'no such user' })
  async get(@Param('id', userIdPipe) id: string): Promise<UserView> {
    const user = await this.directory.findById(id);
    if (!user) throw new DomainError('not-found', 'User not found');
    return userView(user);
  }

  /** Disable/enable, role, team, email. A disable, role or team change ends the user's tokens at once. */
  @Patch(':id')
  @RequirePermission('users.manage')
  @ApiNotFoundResponse({ description: 'no such user' })
  async update(@Param('id', userIdPipe) id: string, @Body() body: UpdateUserDto, @CommandCtx() context: CommandContext): Promise<UserView> {
    const state = await this.accounts.change(id, body, context);
    if (state.kind !== 'active') throw new DomainError('not-found', 'User not found');
    return userView(state);
  }

  /** A generated password, shown in this answer only; the user must change it at the next login. */
  @Post(':id/reset-password')
  @HttpCode(200)
  @RequirePermission('users.manage')
  @ApiNotFoundResponse({ description: 'no such user' })
  async resetPassword(@Param('id', userIdPipe) id: string, @CommandCtx() context: CommandContext): Promise<{ password: string; mustChangePassword: true }> {
    // The idempotency interceptor would keep this answer, a plaintext password, in the store and replay it.
    if (context.idempotencyKey) throw new BadRequestException('Idempotency-Key is not accepted here: the answer holds a password shown once');
    const { password } = await this.accounts.resetPassword(id, context);
    return { password, mustChangePassword: true };
  }
}
