import { BadRequestException, Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiOperation, ApiOkResponse, ApiCreatedResponse } from '@nestjs/swagger';
import { UserDirectory, type CommandContext } from '#application';
import { DomainError } from '#domain';
import { RequirePermission } from '#auth';
import { CommandCtx } from '../http/request-context.js';
import { CreateUserDto } from './create-user.dto.js';
import { UpdateUserDto } from './update-user.dto.js';
import { UserAccountsService } from './user-accounts.service.js';
import { userView, type UserView } from './user-view.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { UserViewDto } from './user-view.dto.js';
import { UserListResponseDto } from './user-list-response.dto.js';
import { UserCreatedResponseDto } from './user-created-response.dto.js';
import { PasswordResetResponseDto } from './password-reset-response.dto.js';

const userIdPipe = new ParseUUIDPipe();

@ApiTags('users')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/users')
export class UsersController {
  constructor(
    private readonly accounts: UserAccountsService,
    private readonly directory: UserDirectory,
  ) {}

  @Post()
  @ApiOperation({ operationId: 'createUser', summary: 'Create a user with a role (and team)' })
  @ApiCreatedResponse({ type: UserCreatedResponseDto })
  @ApiProblems(400, 409)
  @HttpCode(201)
  @RequirePermission('users.manage')
  create(@Body() body: CreateUserDto, @CommandCtx() context: CommandContext) {
    return this.accounts.create(body, context);
  }

  @Get()
  @ApiOperation({ operationId: 'listUsers', summary: 'Every user' })
  @ApiOkResponse({ type: UserListResponseDto })
  @RequirePermission('users.manage')
  async list(): Promise<{ items: UserView[] }> {
    const users = await this.directory.list();
    return { items: users.map(userView) };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getUser', summary: 'One user' })
  @ApiOkResponse({ type: UserViewDto })
  @ApiProblems(400, 404)
  @RequirePermission('users.manage')
  async get(@Param('id', userIdPipe) id: string): Promise<UserView> {
    const user = await this.directory.findById(id);
    if (!user) throw new DomainError('not-found', 'User not found');
    return userView(user);
  }

  /** Disable/enable, role, team, email. A disable, role or team change ends the user's tokens at once. */
  @Patch(':id')
  @ApiOperation({ operationId: 'updateUser', summary: 'Disable or enable a user, change its role, team or e-mail' })
  @ApiOkResponse({ type: UserViewDto })
  @ApiProblems(400, 404, 409)
  @RequirePermission('users.manage')
  async update(@Param('id', userIdPipe) id: string, @Body() body: UpdateUserDto, @CommandCtx() context: CommandContext): Promise<UserView> {
    const state = await this.accounts.change(id, body, context);
    if (state.kind !== 'active') throw new DomainError('not-found', 'User not found');
    return userView(state);
  }

  /** A generated password, shown in this answer only; the user must change it at the next login. */
  @Post(':id/reset-password')
  @ApiOperation({ operationId: 'resetUserPassword', summary: 'Give a user a one-time password to change at the next login' })
  @ApiOkResponse({ type: PasswordResetResponseDto })
  @ApiProblems(400, 404)
  @HttpCode(200)
  @RequirePermission('users.manage')
  async resetPassword(@Param('id', userIdPipe) id: string, @CommandCtx() context: CommandContext): Promise<{ password: string; mustChangePassword: true }> {
    // The idempotency interceptor would keep this answer, a plaintext password, in the store and replay it.
    if (context.idempotencyKey) throw new BadRequestException('Idempotency-Key is not accepted here: the answer holds a password shown once');
    const { password } = await this.accounts.resetPassword(id, context);
    return { password, mustChangePassword: true };
  }
}
