import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '#auth';
import { ROLE_ID_PATTERN, ROLES } from '#domain';

export class CreateUserDto {
  @ApiProperty({ example: 'li.lei' })
  @IsString()
  @Length(3, 64)
  @Matches(/^[a-zA-Z0-9._-]+$/, { message: 'username may contain letters, digits, dot, dash and underscore' })
  username!: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, description: 'refused when easy to guess (common, or made of the username, team or email)' })
  @IsString()
  @Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH)
  password!: string;

  @ApiProperty({ example: ROLES[2], description: 'a default role or a custom role id (GET /v1/roles)' })
  @IsString()
  @Matches(ROLE_ID_PATTERN, { message: 'role must be a role id (lower-case letters, digits and dashes)' })
  role!: string;

  @ApiPropertyOptional({ example: 'team-north' }) @IsOptional() @IsString() @Length(1, 64) teamId?: string;

  @ApiPropertyOptional({ example: 'li.lei@example.com', description: 'where scheduled reports go' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ description: 'the user must change the password at the first login (default: false)' })
  @IsOptional()
  @IsBoolean()
  mustChangePassword?: boolean;
}
