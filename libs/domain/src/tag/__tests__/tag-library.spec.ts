import { DomainError } from '../../shared/domain-error.js';
import { tagLibraryDecider, type TagLibraryCommand, type TagLibraryEvent } from '../tag-library.js';

const NOW = new Date('2024-06-15T10:00:00.000Z');
const decide = (history: TagLibraryEvent[], command: TagLibraryCommand) =>
  tagLibraryDecider.decide(command, history.reduce(tagLibraryDecider.evolve, tagLibraryDecider.initialState()));
const describeTag = (category: 'basic' | 'behaviour' | 'value' | 'preference', description?: string) => ({
  type: 'DescribeTag' as const,
  data: description === undefined ? { tag: '華北重點', category } : { tag: '華北重點', category, description },
  now: NOW,
});
const retire: TagLibraryCommand = { type: 'RetireTag', data: { tag: '華北重點', reason: '渠道已停止使用' }, now: NOW };
const described: TagLibraryEvent = {
  type: 'TagDescribed',
  data: { tag: '華北重點', category: 'basic', description: '華北區重點客戶', describedAt: NOW.toISOString() },
};
const retired: TagLibraryEvent = { type: 'TagRetired', data: { tag: '華北重點', reason: '渠道已停止使用', retiredAt: NOW.toISOString() } };

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? `${error.code}:${error.field}` : 'other';
  }
  return undefined;
};

describe('tag library decider', () => {
  it('describes a tag, changes it as a new version, and does nothing when nothing changes', () => {
    expect(decide([], describeTag('basic', '華北區重點客戶'))).toEqual([described]);
    expect(decide([described], describeTag('basic', '華北區重點客戶'))).toEqual([]);
    expect(decide([described], describeTag('value'))).toEqual([
      { type: 'TagDescribed', data: { tag: '華北重點', category: 'value', describedAt: NOW.toISOString() } },
    ]);
  });

  it('retires a tag once (a repeat is a no-op) and refuses to describe a retired tag', () => {
    expect(decide([described], retire)).toEqual([retired]);
    expect(decide([described, retired], retire)).toEqual([]);
    expect(codeOf(() => decide([described, retired], describeTag('basic')))).toBe('tag-retired:tag');
  });

  it('retires a tag nobody described (used on customers only)', () => {
    expect(decide([], retire)).toEqual([retired]);
    expect([retired].reduce(tagLibraryDecider.evolve, undefined)).toEqual({ tag: '華北重點', retiredAt: NOW.toISOString(), retiredReason: '渠道已停止使用' });
  });

  it('names the field of a bad category, tag or reason', () => {
    expect(codeOf(() => decide([], { ...describeTag('basic'), data: { tag: '華北重點', category: 'colour' as 'basic' } }))).toBe('invalid-value:category');
    expect(codeOf(() => decide([], { ...describeTag('basic'), data: { tag: ' spaced', category: 'basic' } }))).toBe('invalid-value:tag');
    expect(codeOf(() => decide([], { ...retire, data: { tag: '華北重點', reason: '' } }))).toBe('invalid-value:reason');
  });
});
