import { readFileSync, writeFileSync } from 'node:fs';
import type { Results } from './support/results.js';
import { withResultsTable } from './support/results-table.js';

// `npm run bench:table`, from the repository root: rewrites the README's bench table from bench/results/latest.json.
const results = JSON.parse(readFileSync('bench/results/latest.json', 'utf8')) as Results;
writeFileSync('README.md', withResultsTable(readFileSync('README.md', 'utf8'), results));
