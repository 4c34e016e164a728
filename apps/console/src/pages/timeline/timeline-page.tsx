import { useT } from '../../shell/i18n.js';
import type { PageProps } from '../../shell/page.js';
import { timelineMessages } from './messages.js';

export function TimelinePage({ params }: PageProps) {
  const t = useT(timelineMessages);
  return (
    <h1>
      {t('title')} {params.id}
    </h1>
  );
}
