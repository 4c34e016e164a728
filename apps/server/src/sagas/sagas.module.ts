import { Module } from '@nestjs/common';
import { ReactionRunner, RuleBookStore, SAGA_STATE } from '#sagas';
import { ApplyRuleHandler } from './apply-rule.handler.js';
import { ParkedReactionRetry } from './parked-reaction-retry.js';
import { CustomerRuleSagas } from './customer-rule.sagas.js';
import { SagasAdminController } from './sagas-admin.controller.js';
import { ruleEngineProviders } from './rule-engine.providers.js';
import { SagaFeederService } from './saga-feeder.service.js';
import { MergeRelaySagas } from './merge-relay.sagas.js';
import { CompleteMergeHandler } from './complete-merge.handler.js';
import { sagaStateProvider, SagaStateCloser } from './saga-state.provider.js';

/**
 * Sagas (SPEC §5): the checkpointed feeder (ROLE all|worker), the event-driven rule sagas, the
 * command handler that applies a rule with retries and parking, and the parked-reactions view.
 * Needs InfrastructureModule, ApplicationModule and CqrsModule.forRoot().
 */
@Module({
  controllers: [SagasAdminController],
  providers: [
    sagaStateProvider,
    SagaStateCloser,
    ...ruleEngineProviders,
    CustomerRuleSagas,
    ApplyRuleHandler,
    MergeRelaySagas,
    CompleteMergeHandler,
    SagaFeederService,
    ParkedReactionRetry,
  ],
  exports: [RuleBookStore, ReactionRunner, SAGA_STATE],
})
export class SagasModule {}
