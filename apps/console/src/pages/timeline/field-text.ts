import { useFormat, useLabels, useT } from '../../shell/i18n.js';
import type { AsOfField } from './as-of-fields.js';
import { timelineMessages } from './messages.js';

/** How an as-of row reads: its label and value in the reader's language (labels from the server's label table). */
export function useFieldText(): { label(field: AsOfField): string; value(field: AsOfField): string } {
  const t = useT(timelineMessages);
  const labels = useLabels();
  const format = useFormat();
  return {
    label: (field) => ('field' in field.label ? labels.field(field.label.field) : t(field.label.message)),
    value: (field) => {
      if (field.value === '') return '—';
      if (field.key === 'erased') return t('yes');
      if (field.list) return labels.value(field.list, field.value);
      return field.instant ? format.dateTime(field.value) : field.value;
    },
  };
}
