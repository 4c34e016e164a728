import { readFileSync, writeFileSync } from 'node:fs';
import { withConfigTable } from './config-table.js';

// `npm run docs:config`, from the repository root: rewrites the README's configuration table.
const README = 'README.md';
writeFileSync(README, withConfigTable(readFileSync(README, 'utf8')));
