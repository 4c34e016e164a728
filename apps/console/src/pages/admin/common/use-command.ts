import { useCallback, useState } from 'preact/hooks';
import { toProblem } from '../../../shell/api.js';
import type { ApiProblem } from '../../../shell/problem.js';

export interface Command {
  busy: boolean;
  /** The API's refusal of the last run, shown through ProblemView. */
  problem: ApiProblem | undefined;
  /** Runs `send`; its answer, or undefined when the API refused (then `problem` says why). */
  run<T>(send: () => Promise<T>): Promise<T | undefined>;
}

/** One mutation's state on a page: busy while it runs, the problem+json when refused. */
export function useCommand(): Command {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const run = useCallback(async <T>(send: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setProblem(undefined);
    try {
      return await send();
    } catch (error) {
      setProblem(toProblem(error));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, problem, run };
}
