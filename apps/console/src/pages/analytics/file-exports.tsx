import { useState } from 'preact/hooks';
import type { DossierClient } from '#api-client';
import { useApi, toProblem } from '../../shell/api.js';
import { useT } from '../../shell/i18n.js';
import type { ApiProblem } from '../../shell/problem.js';
import { ProblemView } from '../../shell/problem-view.js';
import { downloadFromApi, type FileFormat } from './downloads.js';
import { analyticsMessages } from './messages.js';

interface FileExportsProps {
  /** The formats the route serves. */
  formats: readonly FileFormat[];
  /** The same request as the page's, asking for `format` as a blob. */
  request(api: DossierClient, format: FileFormat): Promise<{ data?: Blob; error?: unknown; response: Response }>;
  /** Filename stem when the API names none. */
  name: string;
}

const LABEL = { csv: 'exportCsv', xlsx: 'exportXlsx' } as const;

/** Buttons downloading the API's own file of the data shown (?format=csv|xlsx); a refusal shows as the API put it. */
export function FileExports({ formats, request, name }: FileExportsProps) {
  const t = useT(analyticsMessages);
  const api = useApi();
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const download = (format: FileFormat) => {
    setProblem(undefined);
    downloadFromApi(api, (client) => request(client, format), `${name}.${format}`).catch((error: unknown) => setProblem(toProblem(error)));
  };
  return (
    <>
      <div class="toolbar exports">
        {formats.map((format) => (
          <button key={format} type="button" onClick={() => download(format)}>
            {t(LABEL[format])}
          </button>
        ))}
      </div>
      {problem && <ProblemView problem={problem} />}
    </>
  );
}
