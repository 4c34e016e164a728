import { Command } from 'commander';
import { register as auditExport } from './commands/audit-export.command.js';
import { register as auditVerifyExport } from './commands/audit-verify-export.command.js';
import { register as identitiesRekey } from './commands/identities-rekey.command.js';
import { register as projectionsRebuild } from './commands/projections-rebuild.command.js';
import { register as seed } from './commands/seed.command.js';
import { register as importCustomers } from './commands/import.command.js';
import { register as usersImport } from './commands/users-import.command.js';

// One line per command file in ./commands.
const commands = [auditExport, auditVerifyExport, importCustomers, usersImport, identitiesRekey, projectionsRebuild, seed];

const program = new Command('dossier').description('Dossier command line (npm run cli -- <command>)');
for (const register of commands) register(program);

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
