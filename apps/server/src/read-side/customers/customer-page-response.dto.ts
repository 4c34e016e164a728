import { ApiProperty } from '@nestjs/swagger';
import { CustomerListItemDto } from './customer-list-item.dto.js';

export class CustomerPageResponseDto {
  @ApiProperty({ type: [CustomerListItemDto] }) items!: CustomerListItemDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as ?cursor= for the next page; null on the last' }) nextCursor!: string | null;
}
