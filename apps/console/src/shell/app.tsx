import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { PAGES } from '../pages/registry.js';
import { LoginPage } from '../pages/login/login-page.js';
import { ApiProvider, createApi } from './api.js';
import { GrantsProvider } from './grants.js';
import { useT } from './i18n.js';
import { Layout } from './layout.js';
import { shellMessages } from './messages.js';
import { NotAllowed, PageHost } from './page-host.js';
import { probeGrants } from './permission-probes.js';
import type { PageEntry } from './page.js';
import { matchPath, navigate, useRoute } from './router.js';
import { loadSession, saveSession, type Session } from './session.js';

function findPage(path: string): { entry: PageEntry; params: Record<string, string> } | undefined {
  for (const entry of PAGES) {
    const params = matchPath(entry.path, path);
    if (params) return { entry, params };
  }
  return undefined;
}

const WANTED = PAGES.flatMap((entry) => [...entry.permissions, ...(entry.uses ?? [])]);

const allowed = (entry: PageEntry, session: Session) => entry.permissions.every((p) => session.granted.includes(p));

export function App() {
  const t = useT(shellMessages);
  const route = useRoute();
  const [session, setSession] = useState<Session | undefined>(() => loadSession());
  const [expired, setExpired] = useState(false);

  const signOut = useCallback((reason?: 'expired') => {
    saveSession(undefined);
    setSession(undefined);
    setExpired(reason === 'expired');
  }, []);

  // Back to the login form when the token expires (a 401 from any call does the same).
  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(() => signOut('expired'), Math.max(0, session.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [session, signOut]);

  const api = useMemo(() => (session ? createApi(session.token, () => signOut('expired')) : undefined), [session?.token, signOut]);

  // A session restored from storage (a reload) asks the API again what the role may open: the role may have
  // changed, or the token may have been ended (a 401 signs out).
  const [restored] = useState(() => session !== undefined);
  useEffect(() => {
    if (!restored || !api) return;
    void probeGrants(api, WANTED).then((granted) =>
      setSession((current) => {
        if (!current) return current;
        const next = { ...current, granted };
        saveSession(next);
        return next;
      }),
    );
  }, [restored]);

  if (!session || !api) {
    return (
      <LoginPage
        notice={expired ? t('sessionExpired') : undefined}
        wanted={WANTED}
        onSignedIn={(signedIn) => {
          saveSession(signedIn);
          setExpired(false);
          setSession(signedIn);
        }}
      />
    );
  }

  const menu = PAGES.filter((entry) => entry.navKey && allowed(entry, session));
  const found = findPage(route.path);
  let body;
  if (route.path === '/') {
    const first = menu[0];
    if (first) navigate(first.path);
    body = first ? null : <p class="empty">{t('nothingForRole')}</p>;
  } else if (!found) {
    body = <p class="empty">{t('noPage')}</p>;
  } else if (!allowed(found.entry, session)) {
    body = <NotAllowed />;
  } else {
    body = <PageHost entry={found.entry} params={found.params} query={route.query} />;
  }
  return (
    <ApiProvider client={api}>
      <GrantsProvider granted={session.granted}>
        <Layout session={session} menu={menu} currentPath={route.path} onSignOut={() => signOut()}>
          {body}
        </Layout>
      </GrantsProvider>
    </ApiProvider>
  );
}
