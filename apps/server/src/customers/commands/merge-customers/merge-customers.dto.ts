import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ReasonDto } from '../../dto/reason.dto.js';
import { MergeTakeDto } from './merge-take.dto.js';

export class MergeCustomersDto extends ReasonDto {
  @ApiProperty({ format: 'uuid', description: 'The customer that survives' }) @IsUUID('4') into!: string;

  @ApiPropertyOptional({ type: MergeTakeDto, example: { contact: 'merged' } })
  @IsOptional()
  @ValidateNested()
  @Type(() => MergeTakeDto)
  take?: MergeTakeDto;
}
