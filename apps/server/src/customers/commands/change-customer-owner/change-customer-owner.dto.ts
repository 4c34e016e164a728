import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class ChangeCustomerOwnerDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() ownerId!: string;
}
