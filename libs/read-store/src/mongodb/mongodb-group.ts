import type { Document } from 'mongodb';
import type { CollectionSpec, GroupExpression, GroupQuery, PathCondition } from '../read-store.port.js';
import { UnindexedFieldError } from '../read-store.port.js';
import { mongoFilter } from './mongodb-filter.js';

const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** The same grouping as the SQLite adapter's GROUP BY, as an aggregation pipeline ($match, $unwind, $group). */
export function groupPipeline(spec: CollectionSpec, query: GroupQuery): Document[] {
  const paths = [...query.by, ...(query.sum ?? [])].flatMap((e) => ('path' in e ? [e.path] : e.cases.map((c) => c.when.path)));
  for (const path of paths) if (!PATH.test(path)) throw new UnindexedFieldError(spec.name, path);
  const multiValued = [...new Set(paths.filter((path) => spec.multiValued?.includes(path)))];
  if (multiValued.length > 1) throw new UnindexedFieldError(spec.name, multiValued.join(', '));
  const pipeline: Document[] = [{ $match: mongoFilter(spec, query.filter) }];
  if (multiValued[0] !== undefined) pipeline.push({ $unwind: `$${multiValued[0]}` });
  pipeline.push({
    $group: {
      _id: Object.fromEntries(query.by.map((e, i) => [`k${i}`, expressionOf(e)])),
      n: { $sum: 1 },
      ...Object.fromEntries((query.sum ?? []).map((e, i) => [`s${i}`, { $sum: { $ifNull: [expressionOf(e), 0] } }])),
    },
  });
  return pipeline;
}

const valueOf = (path: string): Document => ({ $ifNull: [`$${path}`, null] });

function expressionOf(e: GroupExpression): unknown {
  if ('path' in e) return valueOf(e.path);
  if (e.cases.length === 0) return { $literal: e.otherwise };
  return {
    $switch: { branches: e.cases.map(({ when, then }) => ({ case: conditionOf(when), then: { $literal: then } })), default: { $literal: e.otherwise } },
  };
}

function conditionOf(when: PathCondition): Document {
  const value = valueOf(when.path);
  const parts: Document[] = [{ $ne: [value, null] }];
  if (when.equals !== undefined) parts.push({ $eq: [value, when.equals] });
  if (when.gt !== undefined) parts.push({ $gt: [value, when.gt] });
  if (when.gte !== undefined) parts.push({ $gte: [value, when.gte] });
  if (when.lt !== undefined) parts.push({ $lt: [value, when.lt] });
  return { $and: parts };
}
