import type { ApiSchemas } from '#api-client';
import { useFormat, useLabels, useT } from '../../../shell/i18n.js';
import { analyticsMessages } from '../messages.js';
import { useNumbers } from '../numbers.js';

type Group = ApiSchemas['FunnelGroupDto'];
const STAGES = ['prospect', 'qualified', 'won', 'churned'] as const;
const INTERVALS = ['prospectToQualified', 'qualifiedToWon', 'prospectToWon'] as const;

/** The funnel's numbers as the API answered them: a row per group. */
export function FunnelTable({ groups, groupLabel }: { groups: readonly Group[]; groupLabel(key: string): string }) {
  const t = useT(analyticsMessages);
  const labels = useLabels();
  const format = useFormat();
  const numbers = useNumbers();
  return (
    <div class="table-wrap">
      <table data-testid="funnel-table" class="numbers">
        <thead>
          <tr>
            <th rowSpan={2}>{labels.field('group')}</th>
            <th rowSpan={2}>{t('registered')}</th>
            <th colSpan={4}>{t('reached')}</th>
            <th colSpan={4}>{t('current')}</th>
            <th colSpan={3}>{t('conversion')}</th>
            <th colSpan={3}>{t('medianDays')}</th>
          </tr>
          <tr>
            {[...STAGES, ...STAGES].map((stage, index) => (
              <th key={`${stage}-${index}`}>{labels.value('funnelStage', stage)}</th>
            ))}
            {[...INTERVALS, ...INTERVALS].map((interval, index) => (
              <th key={`${interval}-${index}`}>{labels.value('funnelStage', interval)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key} data-group={group.key}>
              <th scope="row">{groupLabel(group.key)}</th>
              <td data-field="registered">{format.number(group.registered)}</td>
              {STAGES.map((stage) => (
                <td key={stage} data-field={`reached.${stage}`}>
                  {format.number(group.reached[stage])}
                </td>
              ))}
              {STAGES.map((stage) => (
                <td key={stage} data-field={`current.${stage}`}>
                  {format.number(group.current[stage])}
                </td>
              ))}
              {INTERVALS.map((interval) => (
                <td key={interval} data-field={`conversion.${interval}`}>
                  {numbers.percent(group.conversion[interval])}
                </td>
              ))}
              {INTERVALS.map((interval) => (
                <td key={interval} data-field={`medianDays.${interval}`}>
                  {numbers.figure(group.medianDays[interval])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
