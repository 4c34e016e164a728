import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '#auth';
import { SAGA_STATE, type ParkedReaction, type ParkedReactions } from '#sagas';
import { SagaFeederService } from './saga-feeder.service.js';

const MAX_PARKED = 500;

@ApiTags('admin')
@ApiBearerAuth()
@Controller('v1/admin/sagas')
export class SagasAdminController {
  constructor(
    @Inject(SAGA_STATE) private readonly parkedReactions: ParkedReactions,
    private readonly feeder: SagaFeederService,
  ) {}

  /** Reactions that kept failing or were refused by the domain, newest first. */
  @Get('parked')
  @RequirePermission('sagas.manage')
  async parked(): Promise<{ items: ParkedReaction[] }> {
    return { items: await this.parkedReactions.list(MAX_PARKED) };
  }

  /** The feed position up to which every saga reaction has settled. */
  @Get()
  @RequirePermission('sagas.manage')
  status(): { hosted: boolean; position: number } {
    return { hosted: this.feeder.hosted, position: this.feeder.position() };
  }
}
