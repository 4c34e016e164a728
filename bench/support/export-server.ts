import { loadConfig, createApp } from '#server';

// Forked by exports.bench.ts: serves DATA_DIR (ROLE=api) in a process of its own, so its peak RSS is
// the export's alone. Messages: it sends { url } once listening; answers 'peak-rss' with its maxRSS
// (MB); stops on 'stop'.

export interface ExportServerPlan {
  dataDir: string;
  adminPassword: string;
}

async function serve({ dataDir, adminPassword }: ExportServerPlan): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    ROLE: 'api',
    ADMIN_PASSWORD: adminPassword,
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    LOG_LEVEL: 'silent',
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const idleRssMb = process.memoryUsage().rss / 1024 / 1024;
  process.send?.({ url: await app.getUrl(), idleRssMb });
  process.on('message', (message) => {
    if (message === 'peak-rss') process.send?.({ peakRssMb: process.resourceUsage().maxRSS / 1024 });
    if (message === 'stop') void app.close().then(() => process.exit(0));
  });
}

if (process.send) {
  process.once('message', (plan: ExportServerPlan) => {
    serve(plan).catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  });
}
