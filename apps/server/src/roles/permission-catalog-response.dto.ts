import { ApiProperty } from '@nestjs/swagger';

class LabelDto {
  @ApiProperty({ name: 'zh-CN', example: '客户信息查看' }) 'zh-CN'!: string;
  @ApiProperty({ example: 'View customers' }) en!: string;
}

class CatalogEntryDto {
  @ApiProperty({ example: 'customers.read' }) id!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
}

export class PermissionCatalogResponseDto {
  @ApiProperty({ type: [CatalogEntryDto] }) items!: CatalogEntryDto[];
  @ApiProperty({ type: [CatalogEntryDto] }) hideableFields!: CatalogEntryDto[];
}
