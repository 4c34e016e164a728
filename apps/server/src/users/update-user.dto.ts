import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ROLE_ID_PATTERN } from '#domain';

/** PATCH /v1/users/:id: only the fields given change; null leaves the team or removes the email. */
export class UpdateUserDto {
  @ApiPropertyOptional({ description: 'a disabled user cannot log in, and their tokens stop working at once' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @ApiPropertyOptional({ example: 'manager' })
  @IsOptional()
  @IsString()
  @Matches(ROLE_ID_PATTERN, { message: 'role must be a role id (lower-case letters, digits and dashes)' })
  role?: string;

  @ApiPropertyOptional({ example: 'team-north', nullable: true }) @IsOptional() @IsString() @Length(1, 64) teamId?: string | null;

  @ApiPropertyOptional({ example: 'li.lei@example.com', nullable: true }) @IsOptional() @IsEmail() @MaxLength(254) email?: string | null;
}
