import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { WorkerSupervisor } from './bootstrap/worker-supervisor.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { createApp } from './create-app.js';
import { createRootLogger } from './logging/pino-logger.js';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.role !== 'all' || !config.workerProcess) {
    const app = await createApp(config);
    await app.listen(config.port, config.host);
    return;
  }
  // ROLE=all: HTTP here, the workers in a supervised child, so each has a core of its own. The child
  // starts once this app has set up DATA_DIR (generated secrets, the bootstrap admin).
  const app = await createApp({ ...config, runsWorkers: false }, undefined, { shutdownSignals: false });
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  const workers = new WorkerSupervisor({
    entry: fileURLToPath(new URL(`./worker-main.${extension}`, import.meta.url)),
    env: { ...process.env, ROLE: 'worker' },
    logger: createRootLogger(config.logLevel),
  });
  workers.start();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void Promise.allSettled([workers.stop(), app.close()]).then(() => process.exit(0));
    });
  }
  await app.listen(config.port, config.host);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
