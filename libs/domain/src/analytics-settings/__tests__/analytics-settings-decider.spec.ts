import { DomainError } from '../../shared/domain-error.js';
import { DEFAULT_ANALYTICS_SETTINGS, type AnalyticsSettings } from '../analytics-settings.js';
import type { AnalyticsSettingsCommand } from '../analytics-settings-commands.js';
import { analyticsSettingsDecider } from '../analytics-settings-decider.js';
import type { AnalyticsSettingsEvent } from '../analytics-settings-events.js';
import { rfmSegmentOf } from '../value-models.js';

const now = new Date('2024-06-01T08:00:00.000Z');
const stateOf = (events: readonly AnalyticsSettingsEvent[]): AnalyticsSettings =>
  events.reduce(analyticsSettingsDecider.evolve, analyticsSettingsDecider.initialState());
const given = (events: readonly AnalyticsSettingsEvent[] = []) => ({
  when: (command: AnalyticsSettingsCommand) => () => analyticsSettingsDecider.decide(command, stateOf(events)),
});
const refusal = (run: () => unknown): DomainError => {
  try {
    run();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('the command was accepted');
};

const rfm = { recencyDays: [7, 30, 60, 120], frequency: [2, 4, 6, 8], monetary: [100, 200, 300, 400] } as const;

describe('analytics settings', () => {
  describe('when nothing was set', () => {
    it('has the documented defaults', () => {
      expect(stateOf([])).toEqual(DEFAULT_ANALYTICS_SETTINGS);
    });

    it('records new RFM thresholds with the time they were changed', () => {
      expect(given().when({ type: 'ChangeRfmThresholds', data: rfm, now })()).toEqual([
        { type: 'RfmThresholdsChanged', data: { ...rfm, changedAt: now.toISOString() } },
      ]);
    });

    it('refuses edges that are not strictly ascending, naming the field', () => {
      const error = refusal(given().when({ type: 'ChangeRfmThresholds', data: { ...rfm, monetary: [100, 100, 300, 400] }, now }));
      expect(error).toBeInstanceOf(DomainError);
      expect([error.code, error.field]).toEqual(['invalid-value', 'monetary']);
    });

    it('refuses a frequency that would score a customer without orders', () => {
      expect(refusal(given().when({ type: 'ChangeRfmThresholds', data: { ...rfm, frequency: [0, 4, 6, 8] }, now })).field).toBe('frequency');
    });

    it('refuses lifecycle thresholds where lost comes before silent', () => {
      const error = refusal(given().when({ type: 'ChangeLifecycleThresholds', data: { newDays: 30, silentAfterDays: 90, lostAfterDays: 90 }, now }));
      expect([error.code, error.field]).toEqual(['invalid-value', 'lostAfterDays']);
    });
  });

  describe('when thresholds were set', () => {
    const set: AnalyticsSettingsEvent[] = [{ type: 'RfmThresholdsChanged', data: { ...rfm, changedAt: now.toISOString() } }];

    it('applies them', () => {
      expect(stateOf(set).rfm).toEqual(rfm);
      expect(stateOf(set).lifecycle).toEqual(DEFAULT_ANALYTICS_SETTINGS.lifecycle);
    });

    it('records nothing when the same thresholds are set again', () => {
      expect(given(set).when({ type: 'ChangeRfmThresholds', data: rfm, now })()).toEqual([]);
    });

    it('records lifecycle thresholds apart from the RFM ones', () => {
      const lifecycle = { newDays: 30, silentAfterDays: 60, lostAfterDays: 120 };
      expect(given(set).when({ type: 'ChangeLifecycleThresholds', data: lifecycle, now })()).toEqual([
        { type: 'LifecycleThresholdsChanged', data: { ...lifecycle, changedAt: now.toISOString() } },
      ]);
    });
  });
});

describe('the eight RFM segments', () => {
  it.each([
    [5, 5, 5, 'important_value'],
    [3, 3, 3, 'important_value'],
    [2, 3, 3, 'important_keep'],
    [3, 2, 3, 'important_develop'],
    [1, 1, 5, 'important_retain'],
    [4, 4, 2, 'general_value'],
    [1, 5, 1, 'general_keep'],
    [5, 1, 1, 'general_develop'],
    [2, 2, 2, 'general_retain'],
  ])('R %i F %i M %i is %s', (r, f, m, segment) => {
    expect(rfmSegmentOf(r, f, m)).toBe(segment);
  });
});
