import { useT } from '../../shell/i18n.js';
import { asOfFields, type AsOfView } from './as-of-fields.js';
import { useFieldText } from './field-text.js';
import { timelineMessages } from './messages.js';

/** The fields that differ between two as-of answers: `then` (the compared instant) and `now` (the shown one). */
export function AsOfDiff({ then, now }: { then: AsOfView; now: AsOfView }) {
  const t = useT(timelineMessages);
  const text = useFieldText();
  const before = new Map(asOfFields(then).map((field) => [field.key, field]));
  const changed = asOfFields(now).flatMap((field) => {
    const old = before.get(field.key);
    return old && old.value !== field.value ? [{ old, field }] : [];
  });
  if (changed.length === 0) return <p class="empty">{t('noChanges')}</p>;
  return (
    <table class="diff" data-testid="as-of-diff">
      <thead>
        <tr>
          <th>{t('field')}</th>
          <th>
            {t('before')} ({t('asOfRevision', { revision: then.revision })})
          </th>
          <th>
            {t('after')} ({t('asOfRevision', { revision: now.revision })})
          </th>
        </tr>
      </thead>
      <tbody>
        {changed.map(({ old, field }) => (
          <tr key={field.key} class="changed" data-field={field.key}>
            <th scope="row">{text.label(field)}</th>
            <td>{text.value(old)}</td>
            <td>{text.value(field)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
