import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RULE_IDS } from '#sagas';

/** A reaction that kept failing (or was refused by the domain) and waits for an operator. */
export class ParkedReactionDto {
  @ApiProperty({ format: 'uuid', description: 'Derived from (rule, customer, cause): the same failure parks under the same id' }) id!: string;
  @ApiProperty({ enum: RULE_IDS }) ruleId!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ description: 'The causing event id, or the scheduler run' }) causationId!: string;
  @ApiPropertyOptional({ description: 'Feed position of the causing event; absent for scheduler runs' }) causePosition?: number;
  @ApiProperty({ example: 'DomainError: A customer has at most 10 tags' }) error!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ format: 'date-time' }) parkedAt!: string;
}
