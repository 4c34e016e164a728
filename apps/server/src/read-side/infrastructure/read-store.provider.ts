import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { READ_STORE, type ReadStore } from '#read-store';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { createReadStore } from './read-store.factory.js';

export const readStoreProvider: Provider = {
  provide: READ_STORE,
  useFactory: (config: AppConfig) => createReadStore(config),
  inject: [APP_CONFIG],
};

@Injectable()
export class ReadStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
