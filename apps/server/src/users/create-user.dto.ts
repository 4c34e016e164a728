import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { ROLE_ID_PATTERN, ROLES, type Role } from '#domain';

export class CreateUserDto {
  @ApiProperty({ example: 'li.lei' })
  @IsString()
  @Length(3, 64)
  @Matches(/^[a-zA-Z0-9._-]+$/, { message: 'username may contain letters, digits, dot, dash and underscore' })
  username!: string;

  @ApiProperty({ minLength: 10 }) @IsString() @Length(10, 200) password!: string;

  @ApiProperty({ example: ROLES[2], description: 'a default role or a custom role id (GET /v1/roles)' })
  @Matches(ROLE_ID_PATTERN, { message: 'role must be a role id' })
  role!: Role;

  @ApiPropertyOptional({ example: 'team-north' }) @IsOptional() @IsString() @Length(1, 64) teamId?: string;
}
