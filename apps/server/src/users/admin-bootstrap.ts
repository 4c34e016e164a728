import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserDirectory } from '#application';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { assertStrongPassword, generateStrongPassword, UserAccountsService } from './user-accounts.service.js';

const SYSTEM_ACTOR = { userId: 'system', role: 'admin' as const };

/**
 * On an empty store, creates the admin from ADMIN_USERNAME/ADMIN_PASSWORD; a weak ADMIN_PASSWORD stops
 * the start. Without a password a random one is written to DATA_DIR/initial-admin-password (mode 600),
 * to be changed at the first login; logs name the file, never the secret.
 */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('AdminBootstrap');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UserDirectory,
    private readonly accounts: UserAccountsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(await this.users.isEmpty())) return;
    const username = this.config.adminUsername;
    let password = this.config.adminPassword;
    if (password) assertStrongPassword('ADMIN_PASSWORD', password, [username]);
    else {
      password = generateStrongPassword([username]);
      const file = join(this.config.dataDir, 'initial-admin-password');
      writeFileSync(file, `${password}\n`, { mode: 0o600 });
      this.logger.warn(`ADMIN_PASSWORD not set: the initial password of "${this.config.adminUsername}" is in ${file}`);
    }
    const context = {
      actor: SYSTEM_ACTOR,
      correlationId: 'bootstrap',
      causationId: 'bootstrap',
      idempotencyKey: `bootstrap-admin:${this.config.adminUsername}`,
    };
    await this.accounts.create({ username, password, role: 'admin', mustChangePassword: !this.config.adminPassword }, context);
    this.logger.log(`Created the admin user "${this.config.adminUsername}"`);
  }
}
