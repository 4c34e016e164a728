import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TAG_CATEGORIES, UNCATEGORISED } from '#domain';

export class TagLibraryItemDto {
  @ApiProperty() tag!: string;
  @ApiProperty({ enum: [...TAG_CATEGORIES, UNCATEGORISED] }) category!: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ enum: ['library', 'rule', 'usage'], description: 'library: described by a user; rule: set by a tag rule; usage: only used on customers' })
  origin!: 'library' | 'rule' | 'usage';
  @ApiPropertyOptional({ description: 'the rule that sets this tag' }) ruleId?: string;
  @ApiProperty({ description: 'customers the caller sees that carry the tag now' }) customers!: number;
  @ApiPropertyOptional() retiredAt?: string;
  @ApiPropertyOptional() retiredReason?: string;
}

export class TagCategoryUsageDto {
  @ApiProperty({ enum: [...TAG_CATEGORIES, UNCATEGORISED] }) category!: string;
  @ApiProperty({ description: 'tags in the category' }) tags!: number;
  @ApiProperty({ description: 'taggings among the customers the caller sees' }) customers!: number;
}

export class TagLibraryDto {
  @ApiProperty({ type: [TagLibraryItemDto] }) items!: TagLibraryItemDto[];
  @ApiProperty({ type: [TagCategoryUsageDto] }) byCategory!: TagCategoryUsageDto[];
}

class RetiredCustomerDto {
  @ApiProperty() customerId!: string;
  @ApiProperty() revision!: number;
}

class RetireFailureDto {
  @ApiProperty() customerId!: string;
  @ApiProperty() title!: string;
}

export class RetireTagReportDto {
  @ApiProperty() tag!: string;
  @ApiProperty() retiredAt!: string;
  @ApiProperty({ type: [RetiredCustomerDto], description: 'customers untagged by this request' }) untagged!: RetiredCustomerDto[];
  @ApiProperty({ type: [RetireFailureDto] }) failed!: RetireFailureDto[];
  @ApiProperty({ description: 'customers the read model still shows with the tag (retry the request to finish)' }) remaining!: number;
}

class TagHistoryItemDto {
  @ApiProperty({ enum: ['TagDescribed', 'TagRetired'] }) type!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty() actorId!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty() position!: number;
}

export class TagHistoryDto {
  @ApiProperty({ type: [TagHistoryItemDto] }) items!: TagHistoryItemDto[];
}
