import { useT } from '../../shell/i18n.js';
import type { PageProps } from '../../shell/page.js';
import { customersMessages } from './messages.js';

export function CustomerPage({ params }: PageProps) {
  const t = useT(customersMessages);
  return (
    <h1>
      {t('title')} {params.id}
    </h1>
  );
}
