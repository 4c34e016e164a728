import { Inject, Injectable } from '@nestjs/common';
import { UserDirectory } from '#application';
import { DomainError, type Actor } from '#domain';
import { OwnerValidator } from '../../owner-validator.js';
import type { ImportFieldError } from './import-report.js';
import type { RowDraft } from './import-row.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The owners a file names (負責人: a username; the JSON body's ownerId: a user id), each looked up
 * and checked once per import. An unknown or unfit owner is an error on the rows naming it; one the
 * caller may not give customers to (another team's, a sales rep giving away) refuses the import.
 */
@Injectable()
export class ImportOwners {
  constructor(
    private readonly users: UserDirectory,
    @Inject(OwnerValidator) private readonly validator: OwnerValidator,
  ) {}

  async resolve(drafts: readonly RowDraft[], actor: Actor): Promise<Map<string, string | ImportFieldError>> {
    const owners = new Map<string, string | ImportFieldError>();
    for (const owner of new Set(drafts.map((d) => d.owner).filter((o): o is string => o !== undefined))) {
      const user = UUID.test(owner) ? await this.users.findById(owner) : await this.users.findByUsername(owner);
      if (!user) {
        owners.set(owner, { field: 'ownerId', path: 'ownerId', message: `no user named "${owner}"` });
        continue;
      }
      try {
        await this.validator.assertMayRegisterFor(actor, user.userId);
        owners.set(owner, user.userId);
      } catch (error) {
        if (!(error instanceof DomainError) || error.code === 'forbidden') throw error;
        owners.set(owner, { field: 'ownerId', path: 'ownerId', message: error.message });
      }
    }
    return owners;
  }
}
