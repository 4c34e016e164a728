import { Body, Controller, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiTags, ApiOperation, ApiOkResponse, ApiNoContentResponse, ApiBody } from '@nestjs/swagger';
import { UserDirectory, type CommandContext } from '#application';
import type { Actor } from '#domain';
import { CurrentActor, PasswordChangeRoute, Public, SignedIn, verifyPassword, type JwtClaims } from '#auth';
import { CommandCtx } from '../http/request-context.js';
import { UserAccountsService } from '../users/user-accounts.service.js';
import { ChangePasswordDto, LoginDto } from './login.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { LOGIN_EXAMPLES } from '../openapi/examples.js';
import { LoginResponseDto } from './login-response.dto.js';

// A hash of a random password, verified when the username is unknown so both paths cost the same.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

interface LoginAnswer {
  accessToken: string;
  expiresIn: number;
  tokenType: 'Bearer';
  /** The token opens only POST /v1/auth/password until the password is changed. */
  mustChangePassword?: true;
}

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly users: UserDirectory,
    private readonly accounts: UserAccountsService,
    private readonly jwt: JwtService,
  ) {}

  @Post('login')
  @ApiOperation({ operationId: 'login', summary: 'Sign in: a bearer token for a username and password' })
  @ApiBody({ type: LoginDto, examples: LOGIN_EXAMPLES })
  @ApiOkResponse({ type: LoginResponseDto, example: { accessToken: 'eyJhbGciOiJIUzI1NiJ9…', expiresIn: 3600, tokenType: 'Bearer' } })
  @ApiProblems(400, 401, 429)
  @HttpCode(200)
  @Public()
  @RouteConfig({ rateLimit: {} }) // limits come from the plugin's registration (LOGIN_RATE_LIMIT per minute)
  async login(@Body() { username, password }: LoginDto): Promise<LoginAnswer> {
    const user = await this.users.findByUsername(username);
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    // A disabled account answers like a wrong password: the answer tells nothing about the password.
    if (!user || !valid || user.disabled) throw new UnauthorizedException('Unknown username or wrong password');
    const claims: JwtClaims = {
      sub: user.userId,
      username: user.username,
      role: user.role,
      ...(user.teamId ? { teamId: user.teamId } : {}),
      ver: user.tokenVersion,
    };
    const accessToken = await this.jwt.signAsync(claims);
    const { exp, iat } = this.jwt.decode<{ exp: number; iat: number }>(accessToken);
    return { accessToken, expiresIn: exp - iat, tokenType: 'Bearer', ...(user.mustChangePassword ? { mustChangePassword: true as const } : {}) };
  }

  /** Ends every token of the user, this one included: log in again with the new password. */
  @Post('password')
  @ApiOperation({ operationId: 'changePassword', summary: 'Change one’s own password (every token of the user ends)' })
  @ApiNoContentResponse({ description: 'Changed; log in again' })
  @ApiProblems(400, 401, 429)
  @HttpCode(204)
  @ApiBearerAuth()
  @SignedIn()
  @PasswordChangeRoute()
  @RouteConfig({ rateLimit: {} }) // like login: LOGIN_RATE_LIMIT attempts a minute per address
  async changePassword(@Body() body: ChangePasswordDto, @CurrentActor() actor: Actor, @CommandCtx() context: CommandContext): Promise<void> {
    const user = await this.users.findById(actor.userId);
    if (!user || !(await verifyPassword(body.currentPassword, user.passwordHash))) {
      throw new UnauthorizedException('The current password is wrong');
    }
    await this.accounts.changePassword(actor.userId, body.newPassword, context);
  }
}
