// A child of worker-takeover.spec.ts: the real server (ROLE, DATA_DIR and the rest from its environment),
// listening on a free loopback port that it reports to the parent; SIGTERM closes it cleanly.
import type { AddressInfo } from 'node:net';
import { createApp, loadConfig } from '#server';

const app = await createApp(loadConfig());
await app.listen(0, '127.0.0.1');
process.send?.({ port: (app.getHttpServer().address() as AddressInfo).port });
