import { existsSync } from 'node:fs';

// Jest globalSetup: runs once in the parent process, so these lines always reach the CI log
// (console output inside test files can be buffered away by workers).
export default function announceSkippedSuites() {
  if (!existsSync('/usr/bin/chromium')) {
    console.log('SKIPPED: console browser suites (test/console) — /usr/bin/chromium is missing: apt-get install chromium (.ci/run does)');
  }
  const skipped = [
    ['EVENTSTORE_CONNECTION_STRING', 'EventStoreDB event-store contract suite', 'esdb://localhost:2113?tls=false'],
    ['MONGODB_URI', 'MongoDB read-store contract suite', 'mongodb://localhost:27017'],
    ['MONGODB_URI', 'MongoDB key-store contract suite', 'mongodb://localhost:27017'],
    ['MONGODB_URI', 'MongoDB lease-store contract suite', 'mongodb://localhost:27017'],
  ].filter(([variable]) => !process.env[variable]);
  for (const [variable, suite, example] of skipped) {
    console.log(`SKIPPED: ${suite} — set ${variable}=${example} to run it (infra/docker-compose.yml starts the server)`);
  }
}
