import { useState } from 'preact/hooks';
import { toProblem, useApi } from '../../shell/api.js';
import { useT } from '../../shell/i18n.js';
import { unwrap, type ApiProblem } from '../../shell/problem.js';
import { ProblemView } from '../../shell/problem-view.js';
import { saveFile } from '../../shell/save-file.js';
import { timelineMessages } from './messages.js';

/** The signed audit export (GET /v1/customers/:id/history?format=csv, Ed25519-signed), fetched with the bearer token and saved as a file. */
export function ExportButton({ id }: { id: string }) {
  const t = useT(timelineMessages);
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const download = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const blob = unwrap(
        await api.GET('/v1/customers/{id}/history', { params: { path: { id }, query: { format: 'csv' } }, parseAs: 'blob' }),
      ) as unknown as Blob;
      saveFile(blob, `customer-${id}-history.csv`);
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void download()} disabled={busy}>
        {busy ? t('downloading') : t('download')}
      </button>
      {problem && <ProblemView problem={problem} />}
    </>
  );
}
