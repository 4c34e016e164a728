import { ApiProperty } from '@nestjs/swagger';

export class RoleChangeResponseDto {
  @ApiProperty({ description: 'The role id' }) id!: string;
  @ApiProperty({ description: 'Revision of the role stream after the command' }) revision!: number;
  @ApiProperty() position!: number;
}
