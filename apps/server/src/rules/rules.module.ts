import { Module } from '@nestjs/common';
import { ReadSideModule } from '../read-side/read-side.module.js';
import { SagasModule } from '../sagas/sagas.module.js';
import { RulesAdminController } from './rules-admin.controller.js';
import { RulesEvaluationService } from './rules-evaluation.service.js';
import { RulesScheduler } from './rules-scheduler.js';

/** Tag rules (SPEC §5): admin reads and edits (versioned events), on-demand evaluation and the scheduler (ROLE all|worker). */
@Module({
  imports: [SagasModule, ReadSideModule],
  controllers: [RulesAdminController],
  providers: [RulesEvaluationService, RulesScheduler],
})
export class RulesModule {}
