import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SAGA_STATE, SqliteSagaState, type SagaState } from '#sagas';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/** The saga state in DATA_DIR/sagas.db. */
export const sagaStateProvider: Provider = {
  provide: SAGA_STATE,
  useFactory: (config: AppConfig): SagaState => {
    mkdirSync(config.dataDir, { recursive: true });
    return new SqliteSagaState(join(config.dataDir, 'sagas.db'));
  },
  inject: [APP_CONFIG],
};

/** Closes the saga state after the feeder has stopped (it stops in beforeApplicationShutdown). */
@Injectable()
export class SagaStateCloser implements OnApplicationShutdown {
  constructor(@Inject(SAGA_STATE) private readonly state: SagaState) {}
  async onApplicationShutdown(): Promise<void> {
    await this.state.close();
  }
}
