import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ description: 'The request field, as a path: contact.phone, rows[3].name', example: 'contact.phone' }) field!: string;
  @ApiProperty({ example: 'contact.phone must be a mainland mobile (1xxxxxxxxxx) or E.164 number' }) message!: string;
}

/** RFC 7807, as every error of the API answers it (application/problem+json; see problem-details.filter.ts). */
@ApiSchema({ name: 'ProblemDetails' })
export class ProblemDetailsDto {
  @ApiProperty({ description: 'A URI reference naming the problem: /problems/<code>', example: '/problems/validation-failed' }) type!: string;
  @ApiProperty({ example: 'Invalid request' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiProperty({ description: 'The problem type without its prefix, for programs to switch on', example: 'validation-failed' }) code!: string;
  @ApiPropertyOptional({ example: 'One or more fields are invalid' }) detail?: string;
  @ApiPropertyOptional({ description: 'The request path', example: '/v1/customers' }) instance?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Each invalid field, for validation problems (400) and some domain refusals' })
  errors?: FieldErrorDto[];
  @ApiPropertyOptional({ description: 'On 412: the revision the resource is at now' }) currentRevision?: number;
}
