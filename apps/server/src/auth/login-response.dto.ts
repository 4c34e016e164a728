import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LoginResponseDto {
  @ApiProperty({ description: 'A JWT: send it as Authorization: Bearer <token>' }) accessToken!: string;
  @ApiProperty({ description: 'Seconds until it expires', example: 3600 }) expiresIn!: number;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiPropertyOptional({ enum: [true], description: 'The token opens only POST /v1/auth/password until the password is changed' }) mustChangePassword?: true;
}
