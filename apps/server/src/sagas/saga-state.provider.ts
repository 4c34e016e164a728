import { Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteSagaState } from '#sagas';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export const sagaStateProvider: Provider = {
  provide: SqliteSagaState,
  useFactory: (config: AppConfig) => {
    mkdirSync(config.dataDir, { recursive: true });
    return new SqliteSagaState(join(config.dataDir, 'sagas.db'));
  },
  inject: [APP_CONFIG],
};

/** Closes sagas.db after the feeder has stopped (it stops in beforeApplicationShutdown). */
@Injectable()
export class SagaStateCloser implements OnApplicationShutdown {
  constructor(private readonly state: SqliteSagaState) {}
  onApplicationShutdown(): void {
    this.state.close();
  }
}
