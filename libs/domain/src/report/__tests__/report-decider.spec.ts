import { DomainError } from '../../shared/domain-error.js';
import { decideReport, evolveReport } from '../report-decider.js';
import type { ReportEvent } from '../report-events.js';
import type { ReportState } from '../report-state.js';

const now = new Date('2026-01-01T00:00:00.000Z');
const later = new Date('2026-01-02T00:00:00.000Z');
const definition = { rows: ['tier'], columns: ['industry'], measures: ['count', 'spend'] };
const saved: ReportEvent = {
  type: 'ReportSaved',
  data: { reportId: 'r1', ownerId: 'u1', name: '客戶等級 × 行業', definition, savedAt: now.toISOString() },
};
const given = (...events: ReportEvent[]): ReportState => events.reduce(evolveReport, undefined as ReportState);

describe('report decider', () => {
  describe('when no report exists', () => {
    it('saves one with a trimmed name', () => {
      expect(decideReport({ type: 'SaveReport', data: { reportId: 'r1', ownerId: 'u1', name: '  客戶等級 × 行業 ', definition }, now }, undefined)).toEqual([
        saved,
      ]);
    });

    it('refuses an empty or overlong name, naming the field', () => {
      expect(() => decideReport({ type: 'SaveReport', data: { reportId: 'r1', ownerId: 'u1', name: '  ', definition }, now }, undefined)).toThrow(
        new DomainError('invalid-value', 'name must be 1..100 characters', 'name'),
      );
      expect(() => decideReport({ type: 'SaveReport', data: { reportId: 'r1', ownerId: 'u1', name: 'x'.repeat(101), definition }, now }, undefined)).toThrow(
        DomainError,
      );
    });

    it('has nothing to change or delete', () => {
      expect(() => decideReport({ type: 'ChangeReport', data: { name: 'a', definition }, now }, undefined)).toThrow(/not found/);
      expect(() => decideReport({ type: 'DeleteReport', now }, undefined)).toThrow(/not found/);
    });
  });

  describe('when saved', () => {
    it('records nothing for the same save retried', () => {
      expect(decideReport({ type: 'SaveReport', data: { reportId: 'r1', ownerId: 'u1', name: 'other', definition }, now }, given(saved))).toEqual([]);
    });

    it('changes its name and definition, and records nothing for the same content in another key order', () => {
      const next = { columns: ['industry'], rows: ['tier'], measures: ['count'] };
      const [changed] = decideReport({ type: 'ChangeReport', data: { name: 'By tier', definition: next }, now: later }, given(saved));
      expect(changed).toEqual({ type: 'ReportChanged', data: { reportId: 'r1', name: 'By tier', definition: next, changedAt: later.toISOString() } });
      expect(given(saved, changed)).toMatchObject({ name: 'By tier', definition: next, createdAt: now.toISOString(), updatedAt: later.toISOString() });
      const reordered = { measures: ['count', 'spend'], columns: ['industry'], rows: ['tier'] };
      expect(decideReport({ type: 'ChangeReport', data: { name: '客戶等級 × 行業', definition: reordered }, now: later }, given(saved))).toEqual([]);
    });

    it('is deleted once; a deleted report cannot be changed', () => {
      const [deleted] = decideReport({ type: 'DeleteReport', now: later }, given(saved));
      expect(deleted).toEqual({ type: 'ReportDeleted', data: { reportId: 'r1', deletedAt: later.toISOString() } });
      expect(given(saved, deleted)?.deleted).toBe(true);
      expect(() => decideReport({ type: 'DeleteReport', now: later }, given(saved, deleted))).toThrow(/not found/);
      expect(() => decideReport({ type: 'ChangeReport', data: { name: 'x', definition }, now: later }, given(saved, deleted))).toThrow(/not found/);
    });
  });
});
