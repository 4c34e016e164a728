import { ApiProperty } from '@nestjs/swagger';

export class SigningKeyResponseDto {
  @ApiProperty({ enum: ['Ed25519'] }) algorithm!: string;
  @ApiProperty({ description: 'The key= of an export header' }) keyId!: string;
  @ApiProperty({ description: 'SPKI PEM' }) pem!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The same key as a JWK (kty OKP, crv Ed25519)' }) jwk!: Record<string, unknown>;
}
