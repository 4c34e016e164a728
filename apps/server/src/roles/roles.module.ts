import { Module } from '@nestjs/common';
import { PermissionsController } from './permissions.controller.js';
import { RoleDefinitionsService } from './role-definitions.service.js';
import { RolesController } from './roles.controller.js';

@Module({
  controllers: [PermissionsController, RolesController],
  providers: [RoleDefinitionsService],
})
export class RolesModule {}
