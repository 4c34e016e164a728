import { DomainError, type Actor, type Role } from '#domain';
import { AccessPolicy, type TeamDirectory } from '../access-policy.js';
import { PRESET_ROLES } from '../role-source.js';

// Record-level access and personal data, role × ownership → decision (SPEC §7).

const ME = 'u-me';
const TEAMMATE = 'u-teammate';
const OTHER = 'u-other';
const teams: TeamDirectory = { membersOf: async (teamId) => (teamId === 'team-1' ? [ME, TEAMMATE] : [OTHER]) };
const policy = new AccessPolicy(teams);
const actor = (role: Role): Actor => ({ userId: ME, role, teamId: 'team-1' });

describe('AccessPolicy', () => {
  describe('who sees which customer', () => {
    it.each`
      role            | own      | teammates | others
      ${'admin'}      | ${true}  | ${true}   | ${true}
      ${'manager'}    | ${true}  | ${true}   | ${false}
      ${'sales'}      | ${true}  | ${false}  | ${false}
      ${'service'}    | ${true}  | ${true}   | ${true}
      ${'analyst'}    | ${true}  | ${true}   | ${true}
      ${'auditor'}    | ${true}  | ${true}   | ${true}
      ${'integrator'} | ${false} | ${false}  | ${false}
    `('$role sees its own customers: $own, its teammates’: $teammates, other teams’: $others', async ({ role, own, teammates, others }) => {
      const sees = (ownerId: string) => policy.canSee(actor(role as Role), { ownerId });
      expect([await sees(ME), await sees(TEAMMATE), await sees(OTHER)]).toEqual([own, teammates, others]);
    });

    it('gives a manager in no team their own customers only', async () => {
      expect(await policy.canSee({ userId: ME, role: 'manager' }, { ownerId: ME })).toBe(true);
      expect(await policy.canSee({ userId: ME, role: 'manager' }, { ownerId: TEAMMATE })).toBe(false);
    });

    it('answers a customer out of reach, or none at all, with not-found (404, never 403)', async () => {
      await expect(policy.assertCanSee(actor('sales'), { ownerId: OTHER })).rejects.toEqual(new DomainError('not-found', 'Customer not found'));
      await expect(policy.assertCanSee(actor('admin'), undefined)).rejects.toThrow(DomainError);
    });

    it('hands back the customer it checked', async () => {
      const customer = { ownerId: ME, name: 'Hubei Cloud' };
      expect(await policy.assertCanSee(actor('sales'), customer)).toBe(customer);
    });
  });

  describe('the owner filter of a list', () => {
    it.each`
      role            | requested    | filter
      ${'admin'}      | ${undefined} | ${undefined}
      ${'admin'}      | ${OTHER}     | ${[OTHER]}
      ${'manager'}    | ${undefined} | ${[ME, TEAMMATE]}
      ${'manager'}    | ${TEAMMATE}  | ${[TEAMMATE]}
      ${'manager'}    | ${OTHER}     | ${[]}
      ${'sales'}      | ${undefined} | ${[ME]}
      ${'sales'}      | ${TEAMMATE}  | ${[]}
      ${'service'}    | ${undefined} | ${undefined}
      ${'analyst'}    | ${OTHER}     | ${[OTHER]}
      ${'integrator'} | ${undefined} | ${[]}
    `('$role asking for $requested → $filter', async ({ role, requested, filter }) => {
      expect(await policy.ownerFilter(actor(role as Role), requested as string | undefined)).toEqual(filter);
    });

    it('reads the team only for a team-scoped role', async () => {
      const asked: string[] = [];
      const counting = new AccessPolicy({ membersOf: (teamId) => (asked.push(teamId), teams.membersOf(teamId)) });
      await counting.ownerFilter(actor('sales'));
      await counting.ownerFilter(actor('admin'));
      expect(asked).toEqual([]);
      await counting.ownerFilter(actor('manager'));
      expect(asked).toEqual(['team-1']);
    });
  });

  describe('personal data', () => {
    it.each`
      role            | customer        | contact     | sensitive | hidden
      ${'admin'}      | ${'own'}        | ${'clear'}  | ${true}   | ${undefined}
      ${'admin'}      | ${'other'}      | ${'clear'}  | ${true}   | ${undefined}
      ${'admin'}      | ${'in general'} | ${'clear'}  | ${true}   | ${undefined}
      ${'manager'}    | ${'own'}        | ${'clear'}  | ${false}  | ${undefined}
      ${'manager'}    | ${'other'}      | ${'masked'} | ${false}  | ${undefined}
      ${'sales'}      | ${'own'}        | ${'clear'}  | ${false}  | ${undefined}
      ${'sales'}      | ${'in general'} | ${'masked'} | ${false}  | ${undefined}
      ${'service'}    | ${'other'}      | ${'masked'} | ${false}  | ${['value']}
      ${'analyst'}    | ${'other'}      | ${'masked'} | ${false}  | ${undefined}
      ${'auditor'}    | ${'in general'} | ${'masked'} | ${false}  | ${undefined}
      ${'integrator'} | ${'in general'} | ${'masked'} | ${false}  | ${undefined}
    `('$role, $customer customer: contact $contact, sensitive $sensitive, hidden $hidden', ({ role, customer, contact, sensitive, hidden }) => {
      const of = { own: { ownerId: ME }, other: { ownerId: TEAMMATE }, 'in general': undefined }[customer as string];
      expect(policy.personalData(actor(role as Role), of)).toEqual({ contact, sensitive, hidden });
    });
  });

  it('takes its grants from the role source it is given, so roles built from permissions slot in', async () => {
    const definition = {
      ...PRESET_ROLES.definitionOf('sales'),
      records: 'team' as const,
      fields: { contactInClear: 'all' as const, sensitive: false, hidden: [] },
    };
    const custom = new AccessPolicy(teams, { refresh: async () => undefined, definitionOf: () => definition });
    expect(await custom.ownerFilter(actor('sales'))).toEqual([ME, TEAMMATE]);
    expect(custom.personalData(actor('sales'), { ownerId: OTHER })).toEqual({ contact: 'clear', sensitive: false });
  });
});
