import { Module } from '@nestjs/common';
import { AdminBootstrap } from './admin-bootstrap.js';
import { UserAccountsService } from './user-accounts.service.js';
import { UsersController } from './users.controller.js';

@Module({
  controllers: [UsersController],
  providers: [UserAccountsService, AdminBootstrap],
  exports: [UserAccountsService],
})
export class UsersModule {}
