import { useEffect, useState } from 'preact/hooks';
import { useT } from './i18n.js';
import { shellMessages } from './messages.js';
import type { PageComponent, PageEntry } from './page.js';
import { Loading } from './problem-view.js';

/** Loads the entry's component (its own chunk) and renders it. */
export function PageHost({ entry, params, query }: { entry: PageEntry; params: Record<string, string>; query: URLSearchParams }) {
  const [component, setComponent] = useState<{ entry: PageEntry; Page: PageComponent } | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const t = useT(shellMessages);
  useEffect(() => {
    let current = true;
    setFailed(undefined);
    entry.load().then(
      (Page) => current && setComponent({ entry, Page }),
      (error: unknown) => current && setFailed(String(error)),
    );
    return () => {
      current = false;
    };
  }, [entry]);
  if (failed) return <p class="problem">{`${t('problem')}: ${failed}`}</p>;
  if (!component || component.entry !== entry) return <Loading />;
  const { Page } = component;
  return <Page params={params} query={query} />;
}

/** A page the user's role may not open: said plainly, never an empty page. */
export function NotAllowed() {
  const t = useT(shellMessages);
  return (
    <div class="problem" role="alert" data-status="403">
      <strong>{t('notAllowed')}</strong>
      <p>{t('notAllowedDetail')}</p>
    </div>
  );
}
