import { Module } from '@nestjs/common';
import { identityHashKey, IdentityFingerprints } from '#application';
import { resolveMasterKey } from '#privacy';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CustomerImporter, IMPORT_FINGERPRINTS } from '../customers/commands/import-customers/customer-importer.js';
import { ImportBatch } from '../customers/commands/import-customers/import-batch.js';
import { ImportCustomersController } from '../customers/commands/import-customers/import-customers.controller.js';
import { ImportOwners } from '../customers/commands/import-customers/import-owners.js';
import { ImportTemplateController } from '../customers/commands/import-customers/import-template.controller.js';
import { OwnerValidator } from '../customers/owner-validator.js';
import { ImportJobs } from './import-jobs.js';
import { ImportsController } from './imports.controller.js';

/** Bulk import of customers: the template, the import itself (the one registration path, a batch of rows per commit) and its jobs (`/v1/imports`). */
@Module({
  controllers: [ImportCustomersController, ImportTemplateController, ImportsController],
  providers: [
    CustomerImporter,
    ImportBatch,
    ImportOwners,
    ImportJobs,
    OwnerValidator,
    {
      // The same keyed fingerprints as the duplicate claims: a row's customer id derives from them without revealing its phone.
      provide: IMPORT_FINGERPRINTS,
      useFactory: (config: AppConfig) =>
        new IdentityFingerprints(identityHashKey(resolveMasterKey(config.dataKeyEncryptionKey, config.dataDir, config.production))),
      inject: [APP_CONFIG],
    },
  ],
  exports: [CustomerImporter],
})
export class ImportsModule {}
