import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config.js';
import { createApp } from './create-app.js';

// The worker child of `npm start` (ROLE=all, see bootstrap/worker-supervisor.ts): the app without an
// HTTP listener. SIGTERM closes it cleanly (its leases are given up); so does the parent going away.
async function main(): Promise<void> {
  const app = await createApp(loadConfig());
  process.once('disconnect', () => {
    void app.close().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
