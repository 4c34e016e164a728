import { ApiProperty } from '@nestjs/swagger';

export class EvaluationReportDto {
  @ApiProperty({ format: 'date-time', description: 'The instant the rules were evaluated as of' }) at!: string;
  @ApiProperty() customers!: number;
  @ApiProperty({ description: 'Events appended by this run; 0 when a previous run already did everything' }) appended!: number;
  @ApiProperty() parked!: number;
}
