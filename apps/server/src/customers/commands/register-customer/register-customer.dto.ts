import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { CUSTOMER_CODE_PATTERN } from '#domain';
import { CustomerProfileDto } from '../../dto/customer-profile.dto.js';

export class RegisterCustomerDto extends CustomerProfileDto {
  @ApiPropertyOptional({ example: 'HB-IT-2024-001', description: 'generated as <REGION>-<INDUSTRY>-<YYYY>-<NNN> when omitted' })
  @IsOptional()
  @IsString()
  @Matches(CUSTOMER_CODE_PATTERN, { message: 'code must look like HB-IT-2024-001' })
  code?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'defaults to the creator; managers and admins may assign another user' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ description: 'register even if a customer with the same name and phone/email exists' })
  @IsOptional()
  @IsBoolean()
  allowDuplicate?: boolean;
}
