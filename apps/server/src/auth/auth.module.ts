import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AccessPolicy } from '#application';
import { ACTOR_RESOLVER, AuthGuard, PERMISSION_CHECK } from '#auth';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { resolveJwtSecret } from '../config/jwt-secret.js';
import { UsersModule } from '../users/users.module.js';
import { AuthController } from './auth.controller.js';
import { UserActorResolver } from './user-actor-resolver.js';

@Module({
  imports: [
    UsersModule,
    JwtModule.registerAsync({
      global: true,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // A KeyObject made once: given a string, jsonwebtoken re-derives the key (and first tries it as a
        // public key, throwing) on every verification, which dominated the CPU profile of commands.
        const key = createSecretKey(Buffer.from(resolveJwtSecret(config)));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { expiresIn: config.jwtExpiresIn as `${number}h`, algorithm: 'HS256' as const },
          verifyOptions: { algorithms: ['HS256' as const] },
        };
      },
    }),
  ],
  controllers: [AuthController],
  providers: [
    { provide: ACTOR_RESOLVER, useClass: UserActorResolver },
    { provide: PERMISSION_CHECK, useExisting: AccessPolicy },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AuthModule {}
