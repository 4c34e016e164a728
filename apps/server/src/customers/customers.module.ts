import { Module } from '@nestjs/common';
import { ChangeCustomerOwnerController } from './commands/change-customer-owner/change-customer-owner.controller.js';
import { ChangeCustomerOwnerHandler } from './commands/change-customer-owner/change-customer-owner.handler.js';
import { ChangeCustomerStatusController } from './commands/change-customer-status/change-customer-status.controller.js';
import { ChangeCustomerStatusHandler } from './commands/change-customer-status/change-customer-status.handler.js';
import { ErasePersonalDataController } from './commands/erase-personal-data/erase-personal-data.controller.js';
import { ErasePersonalDataHandler } from './commands/erase-personal-data/erase-personal-data.handler.js';
import { RecordFollowUpController } from './commands/record-follow-up/record-follow-up.controller.js';
import { RecordFollowUpHandler } from './commands/record-follow-up/record-follow-up.handler.js';
import { RecordOrderController } from './commands/record-order/record-order.controller.js';
import { RecordOrderHandler } from './commands/record-order/record-order.handler.js';
import { RegisterCustomerController } from './commands/register-customer/register-customer.controller.js';
import { RegisterCustomerHandler } from './commands/register-customer/register-customer.handler.js';
import { TagCustomerController } from './commands/tag-customer/tag-customer.controller.js';
import { TagCustomerHandler } from './commands/tag-customer/tag-customer.handler.js';
import { UntagCustomerController } from './commands/untag-customer/untag-customer.controller.js';
import { UntagCustomerHandler } from './commands/untag-customer/untag-customer.handler.js';
import { UpdateCustomerProfileController } from './commands/update-customer-profile/update-customer-profile.controller.js';
import { UpdateCustomerProfileHandler } from './commands/update-customer-profile/update-customer-profile.handler.js';
import { ResolveComplaintController } from './commands/resolve-complaint/resolve-complaint.controller.js';
import { ResolveComplaintHandler } from './commands/resolve-complaint/resolve-complaint.handler.js';
import { OwnerValidator } from './owner-validator.js';
import { ReadSideModule } from '../read-side/read-side.module.js';
import { MergeCustomersController } from './commands/merge-customers/merge-customers.controller.js';
import { UnmergeCustomersController } from './commands/unmerge-customers/unmerge-customers.controller.js';
import { ArchiveCustomerController } from './commands/archive-customer/archive-customer.controller.js';
import { ArchiveCustomerHandler } from './commands/archive-customer/archive-customer.handler.js';
import { RestoreCustomerController } from './commands/restore-customer/restore-customer.controller.js';
import { RestoreCustomerHandler } from './commands/restore-customer/restore-customer.handler.js';
import { BulkCustomersController } from './commands/bulk-customers/bulk-customers.controller.js';
import { BulkCustomersHandler } from './commands/bulk-customers/bulk-customers.handler.js';

const commandHandlers = [
  RegisterCustomerHandler,
  UpdateCustomerProfileHandler,
  ChangeCustomerStatusHandler,
  RecordFollowUpHandler,
  ResolveComplaintHandler,
  RecordOrderHandler,
  TagCustomerHandler,
  UntagCustomerHandler,
  ChangeCustomerOwnerHandler,
  ErasePersonalDataHandler,
  ArchiveCustomerHandler,
  RestoreCustomerHandler,
  BulkCustomersHandler,
];

@Module({
  // The read store: a bulk filter selects its customers from the list's read model.
  imports: [ReadSideModule],
  controllers: [
    BulkCustomersController,
    RegisterCustomerController,
    UpdateCustomerProfileController,
    ChangeCustomerStatusController,
    RecordFollowUpController,
    ResolveComplaintController,
    RecordOrderController,
    TagCustomerController,
    UntagCustomerController,
    ChangeCustomerOwnerController,
    ErasePersonalDataController,
    MergeCustomersController,
    UnmergeCustomersController,
    ArchiveCustomerController,
    RestoreCustomerController,
  ],
  providers: [...commandHandlers, OwnerValidator],
})
export class CustomersModule {}
