import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ExportSigningKey, publicKeyDocument, type PublicKeyDocument } from '#audit';
import { Public } from '#auth';
import { SigningKeyResponseDto } from './signing-key-response.dto.js';

@ApiTags('audit')
@Controller('v1/audit')
export class GetSigningKeyController {
  constructor(private readonly key: ExportSigningKey) {}

  /** Public on purpose: a third party checks a signed export with it, trusting neither the server nor a login. */
  @Get('signing-key')
  @ApiOperation({ operationId: 'getSigningKey', summary: 'The public key that verifies signed audit exports' })
  @Public()
  @ApiOkResponse({
    type: SigningKeyResponseDto,
    description:
      'The Ed25519 public key that signs audit exports, as PEM (SPKI) and JWK, with its key id (the `key=` of an export header). ' +
      'Check an export offline: `npm run cli -- audit:verify-export FILE --public-key key.pem`.',
  })
  signingKey(): PublicKeyDocument {
    return publicKeyDocument(this.key.publicKey);
  }
}
