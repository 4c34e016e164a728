import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MATCH_REASONS, type MatchReason } from '#projections';

class DuplicateContactResponse {
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional({ description: 'masked (138****5678) unless the caller sees it in clear' }) phone?: string;
  @ApiPropertyOptional({ description: 'masked (z***@example.com) unless the caller sees it in clear' }) email?: string;
}

export class DuplicateCustomerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'HB-IT-2024-001' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['individual', 'enterprise'] }) type!: string;
  @ApiProperty({ example: 'HB' }) region!: string;
  @ApiProperty() industry!: string;
  @ApiProperty() status!: string;
  @ApiProperty() ownerId!: string;
  @ApiProperty({ type: DuplicateContactResponse }) contact!: DuplicateContactResponse;
  @ApiProperty() registeredAt!: string;
}

export class DuplicateGroupResponse {
  @ApiProperty({ description: 'stable for the same customers' }) groupId!: string;
  @ApiProperty({
    minimum: 0,
    maximum: 100,
    description:
      'sum of the reasons’ weights, at most 100: same-phone 50, same-email 50, same-name-in-region 40, name-differs-only-in-script 35, name-differs-only-in-company-suffix 25',
  })
  score!: number;
  @ApiProperty({ enum: Object.values(MATCH_REASONS), isArray: true }) reasons!: MatchReason[];
  @ApiProperty({ type: DuplicateCustomerResponse, isArray: true }) customers!: DuplicateCustomerResponse[];
}

export class DuplicateGroupPageResponse {
  @ApiProperty({ type: DuplicateGroupResponse, isArray: true }) items!: DuplicateGroupResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'pass as cursor for the next page' }) nextCursor!: string | null;
}
