import { ApiProperty } from '@nestjs/swagger';

class TagCountDto {
  @ApiProperty() tag!: string;
  @ApiProperty() customers!: number;
}

export class TagUsageResponseDto {
  @ApiProperty({ type: [TagCountDto] }) items!: TagCountDto[];
}
