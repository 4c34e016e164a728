import { Module } from '@nestjs/common';
import { AdminBootstrap } from './admin-bootstrap.js';
import { UserAccountsService } from './user-accounts.service.js';
import { UserHistoryController } from './user-history.controller.js';
import { UsersController } from './users.controller.js';

@Module({
  controllers: [UsersController, UserHistoryController],
  providers: [UserAccountsService, AdminBootstrap],
  exports: [UserAccountsService],
})
export class UsersModule {}
