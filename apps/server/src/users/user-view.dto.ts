import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class UserViewDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ example: 'li.si' }) username!: string;
  @ApiProperty({ description: 'A role id: a preset (admin, manager, sales, service, analyst, auditor, integrator) or a custom role', example: 'sales' })
  role!: string;
  @ApiPropertyOptional({ example: 'north' }) teamId?: string;
  @ApiPropertyOptional({ example: 'li.si@example.com' }) email?: string;
  @ApiPropertyOptional({ enum: [true] }) disabled?: true;
  @ApiPropertyOptional({ enum: [true], description: 'Must change the password before anything else' }) mustChangePassword?: true;
}
