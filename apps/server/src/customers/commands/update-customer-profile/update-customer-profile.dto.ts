import { PartialType } from '@nestjs/swagger';
import { CustomerProfileDto } from '../../dto/customer-profile.dto.js';

/**
 * Any subset of the profile; only fields that really change become part of the event. A field sent
 * as null is refused (400 naming it) rather than skipped: absent means unchanged, and the event has
 * no way to say "cleared".
 */
export class UpdateCustomerProfileDto extends PartialType(CustomerProfileDto, { skipNullProperties: false }) {}
