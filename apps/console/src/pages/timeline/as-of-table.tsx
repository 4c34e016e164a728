import { asOfFields, type AsOfView } from './as-of-fields.js';
import { useFieldText } from './field-text.js';

/** The customer as the as-of route answered it, field by field (masked fields as the API masks them). */
export function AsOfTable({ view }: { view: AsOfView }) {
  const text = useFieldText();
  return (
    <table data-testid="as-of">
      <tbody>
        {asOfFields(view).map((field) => (
          <tr key={field.key} data-field={field.key}>
            <th scope="row">{text.label(field)}</th>
            <td>{text.value(field)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
