import type { CollectionSpec } from '../../read-store.port.js';
import { groupPipeline } from '../mongodb-group.js';

// The contract suite runs `group` against a real server where MONGODB_URI is set; this pins the
// pipeline the adapter sends, so the SQLite semantics (inner join on a multi-valued field, a missing
// value meets no case, sums of nothing are 0) are written down for MongoDB too.

const spec: CollectionSpec = { name: 'people', fields: { status: 'text', score: 'number' }, multiValued: ['tags'] };

describe('groupPipeline', () => {
  it('matches, unwinds the multi-valued key, and groups by paths and cases with sums', () => {
    const pipeline = groupPipeline(spec, {
      by: [{ path: 'tags' }, { cases: [{ when: { path: 'score', gte: 10, lt: 20 }, then: 'mid' }], otherwise: 'other' }],
      filter: { equals: { status: 'won' } },
      sum: [{ path: 'score' }],
    });
    expect(pipeline).toEqual([
      { $match: { status: 'won' } },
      { $unwind: '$tags' },
      {
        $group: {
          _id: {
            k0: { $ifNull: ['$tags', null] },
            k1: {
              $switch: {
                branches: [
                  {
                    case: {
                      $and: [
                        { $ne: [{ $ifNull: ['$score', null] }, null] },
                        { $gte: [{ $ifNull: ['$score', null] }, 10] },
                        { $lt: [{ $ifNull: ['$score', null] }, 20] },
                      ],
                    },
                    then: { $literal: 'mid' },
                  },
                ],
                default: { $literal: 'other' },
              },
            },
          },
          n: { $sum: 1 },
          s0: { $sum: { $ifNull: [{ $ifNull: ['$score', null] }, 0] } },
        },
      },
    ]);
  });

  it('refuses two multi-valued keys and paths that are not plain dotted names', () => {
    const twoSpec: CollectionSpec = { ...spec, multiValued: ['tags', 'keys'] };
    expect(() => groupPipeline(twoSpec, { by: [{ path: 'tags' }, { path: 'keys' }] })).toThrow(/not indexed/);
    expect(() => groupPipeline(spec, { by: [{ path: '$where' }] })).toThrow(/not indexed/);
  });
});
