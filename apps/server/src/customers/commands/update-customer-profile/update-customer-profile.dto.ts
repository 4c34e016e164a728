import { PartialType } from '@nestjs/swagger';
import { CustomerProfileDto } from '../../dto/customer-profile.dto.js';

/** Any subset of the profile; only fields that really change become part of the event. */
export class UpdateCustomerProfileDto extends PartialType(CustomerProfileDto) {}
