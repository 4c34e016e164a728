import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { FIELD_LIMITS, TAG_CATEGORIES, TAG_DESCRIPTION_MAX, TAG_PATTERN, type TagCategory } from '#domain';

export class TagDefinitionDto {
  @ApiProperty({ enum: TAG_CATEGORIES, description: 'basic 基本信息, behaviour 行為, value 價值, preference 偏好' })
  @IsIn(TAG_CATEGORIES)
  category!: TagCategory;

  @ApiPropertyOptional({ maxLength: TAG_DESCRIPTION_MAX, example: '近30天內有下單的客戶' })
  @IsOptional()
  @IsString()
  @MaxLength(TAG_DESCRIPTION_MAX)
  description?: string;
}

export class DescribeTagDto extends TagDefinitionDto {
  @ApiProperty({ minLength: 1, maxLength: FIELD_LIMITS.tag, example: '2024年重點跟進' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.tag)
  @Matches(TAG_PATTERN, { message: 'tag must not start or end with spaces' })
  tag!: string;
}

export class RetireTagDto {
  @ApiProperty({ minLength: 1, maxLength: FIELD_LIMITS.reason, example: '渠道已停止使用' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.reason)
  reason!: string;
}
