import { DomainError } from '../../shared/domain-error.js';
import { decideRole, evolveRole } from '../role-decider.js';

const now = new Date('2026-01-01T00:00:00.000Z');
const content = {
  name: '區域銷售',
  permissions: ['customers.read' as const],
  records: 'team' as const,
  fields: { contactInClear: 'own' as const, sensitive: false, hidden: [] },
};

describe('role decider', () => {
  it('defines a role once, under a slug that is not a preset', () => {
    const [defined] = decideRole({ type: 'DefineRole', data: { ...content, roleId: 'regional-sales', copiedFrom: 'sales' }, now }, undefined);
    expect(defined).toEqual({ type: 'RoleDefined', data: { ...content, roleId: 'regional-sales', copiedFrom: 'sales', definedAt: now.toISOString() } });
    const state = evolveRole(undefined, defined);
    expect(state).toMatchObject({ id: 'regional-sales', records: 'team', preset: false });
    expect(() => decideRole({ type: 'DefineRole', data: { ...content, roleId: 'regional-sales' }, now }, state)).toThrow(
      new DomainError('already-exists', 'Role regional-sales already exists', 'id'),
    );
    expect(() => decideRole({ type: 'DefineRole', data: { ...content, roleId: 'manager' }, now }, undefined)).toThrow(DomainError);
    expect(() => decideRole({ type: 'DefineRole', data: { ...content, roleId: 'Big Sales' }, now }, undefined)).toThrow(/slug/);
  });

  it('changes a custom role, never a preset', () => {
    const state = evolveRole(undefined, decideRole({ type: 'DefineRole', data: { ...content, roleId: 'regional-sales' }, now }, undefined)[0]);
    const [changed] = decideRole({ type: 'ChangeRole', data: { ...content, records: 'own', roleId: 'regional-sales' }, now }, state);
    expect(evolveRole(state, changed)?.records).toBe('own');
    expect(() => decideRole({ type: 'ChangeRole', data: { ...content, roleId: 'service' }, now }, undefined)).toThrow(/read-only/);
    expect(() => decideRole({ type: 'ChangeRole', data: { ...content, roleId: 'nobody' }, now }, undefined)).toThrow(/not found/);
  });
});
