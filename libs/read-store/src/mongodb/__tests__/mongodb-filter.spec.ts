import type { CollectionSpec } from '../../read-store.port.js';
import { mongoFilter } from '../mongodb-filter.js';

const spec: CollectionSpec = { name: 'c', fields: { status: 'text' }, multiValued: ['keys'], searchable: ['name', 'contact.phone'] };

describe('mongoFilter: text in chosen paths, any of several filters', () => {
  it('searches only the chosen searchable paths and refuses others', () => {
    expect(mongoFilter(spec, { textIn: { text: 'a.b', paths: ['name'] } })).toEqual({ $or: [{ name: /a\.b/i }] });
    expect(() => mongoFilter(spec, { textIn: { text: 'x', paths: ['status'] } })).toThrow(expect.objectContaining({ name: 'UnindexedFieldError' }));
  });

  it('ORs the alternatives, each an AND of its own clauses; none matches nothing', () => {
    expect(
      mongoFilter(spec, { equals: { status: 'won' }, anyOf: [{ textIn: { text: '1', paths: ['name'] } }, { has: { keys: 'k' }, equals: { status: 'x' } }] }),
    ).toEqual({
      $and: [{ status: 'won' }, { $or: [{ $or: [{ name: /1/i }] }, { $and: [{ status: 'x' }, { keys: 'k' }] }] }],
    });
    expect(mongoFilter(spec, { anyOf: [] })).toEqual({ _id: { $in: [] } });
  });
});
