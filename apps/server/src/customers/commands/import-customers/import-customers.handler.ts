import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CustomerImporter, type ImportReport } from './customer-importer.js';
import { ImportCustomersCommand } from './import-customers.command.js';

@CommandHandler(ImportCustomersCommand)
export class ImportCustomersHandler implements ICommandHandler<ImportCustomersCommand> {
  constructor(private readonly importer: CustomerImporter) {}

  execute({ rows, context }: ImportCustomersCommand): Promise<ImportReport> {
    return this.importer.import(rows, context);
  }
}
