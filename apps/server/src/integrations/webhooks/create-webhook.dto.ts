import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsString, MaxLength } from 'class-validator';
import { CUSTOMER_EVENT_TYPES } from '#domain';

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://hooks.example.com/dossier' })
  @IsString()
  @MaxLength(2048)
  url!: string;

  @ApiProperty({ enum: CUSTOMER_EVENT_TYPES, isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(CUSTOMER_EVENT_TYPES.length)
  @IsIn(CUSTOMER_EVENT_TYPES, { each: true })
  eventTypes!: string[];
}
