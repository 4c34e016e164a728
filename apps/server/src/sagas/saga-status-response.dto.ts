import { ApiProperty } from '@nestjs/swagger';

export class SagaStatusResponseDto {
  @ApiProperty({ description: 'Whether the sagas are fed in this process (it holds their lease)' }) hosted!: boolean;
  @ApiProperty({ description: 'The feed position up to which every saga reaction has settled' }) position!: number;
}
