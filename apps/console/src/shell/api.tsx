import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { createDossierClient, type DossierClient } from '#api-client';
import { ApiProblem } from './problem.js';

/** A client of this origin's API; with a token it sends the bearer header, and a 401 calls `onUnauthorized`. */
export function createApi(token?: string, onUnauthorized?: () => void): DossierClient {
  const client = createDossierClient(window.location.origin, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  if (onUnauthorized) {
    client.use({
      onResponse({ response }) {
        if (response.status === 401) onUnauthorized();
      },
    });
  }
  return client;
}

const ApiContext = createContext<DossierClient | undefined>(undefined);

export function ApiProvider({ client, children }: { client: DossierClient; children: ComponentChildren }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

/**
 * The signed-in user's client, for commands and downloads (reads go through useQuery).
 * @public
 */
export function useApi(): DossierClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside ApiProvider');
  return client;
}

export interface Query<T> {
  data: T | undefined;
  problem: ApiProblem | undefined;
  loading: boolean;
  reload(): void;
}

/** Runs `load` with the client when `deps` change; the newest call wins. Errors become `problem`. */
export function useQuery<T>(load: (api: DossierClient) => Promise<T>, deps: unknown[]): Query<T> {
  const api = useApi();
  const [state, setState] = useState<{ data?: T; problem?: ApiProblem; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load(api).then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ problem: toProblem(error), loading: false }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render: the caller names what it depends on in `deps`.
  }, [api, round, ...deps]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return useMemo(() => ({ data: state.data, problem: state.problem, loading: state.loading, reload }), [state, reload]);
}

export function toProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  return new ApiProblem(0, 'Network error', error instanceof Error ? error.message : String(error));
}
