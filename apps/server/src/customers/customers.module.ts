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
import { OwnerValidator } from './owner-validator.js';

const commandHandlers = [
  RegisterCustomerHandler,
  UpdateCustomerProfileHandler,
  ChangeCustomerStatusHandler,
  RecordFollowUpHandler,
  RecordOrderHandler,
  TagCustomerHandler,
  UntagCustomerHandler,
  ChangeCustomerOwnerHandler,
  ErasePersonalDataHandler,
];

@Module({
  controllers: [
    RegisterCustomerController,
    UpdateCustomerProfileController,
    ChangeCustomerStatusController,
    RecordFollowUpController,
    RecordOrderController,
    TagCustomerController,
    UntagCustomerController,
    ChangeCustomerOwnerController,
    ErasePersonalDataController,
  ],
  providers: [...commandHandlers, OwnerValidator],
})
export class CustomersModule {}
