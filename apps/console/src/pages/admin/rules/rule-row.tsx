import { useState } from 'preact/hooks';
import type { ApiSchemas } from '#api-client';
import { useApi } from '../../../shell/api.js';
import { useFormat, useT } from '../../../shell/i18n.js';
import { unwrap } from '../../../shell/problem.js';
import { ProblemView } from '../../../shell/problem-view.js';
import { useCommand } from '../common/use-command.js';
import { rulesMessages } from './messages.js';

type Rule = ApiSchemas['RuleSettingsDto'];

/** One rule's settings, editable where the rule has them; PUT /v1/admin/rules/:id makes a new version. */
export function RuleRow({ rule, onSaved }: { rule: Rule; onSaved(): void }) {
  const t = useT(rulesMessages);
  const format = useFormat();
  const api = useApi();
  const command = useCommand();
  const [draft, setDraft] = useState({
    enabled: rule.enabled,
    tag: rule.tag ?? '',
    threshold: String(rule.threshold ?? ''),
    windowDays: String(rule.windowDays ?? ''),
  });
  const [saved, setSaved] = useState<string | undefined>();
  const save = async () => {
    const body: ApiSchemas['UpdateRuleDto'] = {
      enabled: draft.enabled,
      ...(rule.tag !== undefined ? { tag: draft.tag.trim() } : {}),
      ...(rule.threshold !== undefined ? { threshold: Number(draft.threshold) } : {}),
      ...(rule.windowDays !== undefined ? { windowDays: Number(draft.windowDays) } : {}),
    };
    const answer = await command.run(async () => unwrap(await api.PUT('/v1/admin/rules/{id}', { params: { path: { id: rule.id } }, body })));
    if (answer) {
      setSaved(t('saved', { rule: rule.id, version: answer.version }));
      onSaved();
    }
  };
  return (
    <tr data-rule={rule.id}>
      <td>
        <code>{rule.id}</code>
        <p class="muted">{rule.description}</p>
      </td>
      <td>
        <input type="checkbox" aria-label={t('enabled')} checked={draft.enabled} onChange={(e) => setDraft({ ...draft, enabled: e.currentTarget.checked })} />
      </td>
      <td>{rule.tag !== undefined && <input aria-label={t('tag')} value={draft.tag} onInput={(e) => setDraft({ ...draft, tag: e.currentTarget.value })} />}</td>
      <td>
        {rule.threshold !== undefined && (
          <input
            aria-label={t('threshold')}
            title={t('thresholdHint')}
            type="number"
            min={1}
            value={draft.threshold}
            onInput={(e) => setDraft({ ...draft, threshold: e.currentTarget.value })}
          />
        )}
      </td>
      <td>
        {rule.windowDays !== undefined && (
          <input
            aria-label={t('windowDays')}
            type="number"
            min={1}
            value={draft.windowDays}
            onInput={(e) => setDraft({ ...draft, windowDays: e.currentTarget.value })}
          />
        )}
      </td>
      <td>{rule.version}</td>
      <td>{rule.updatedAt ? `${format.dateTime(rule.updatedAt)} · ${rule.updatedBy ?? ''}` : '—'}</td>
      <td>
        <button type="button" disabled={command.busy} onClick={() => void save()}>
          {t('save')}
        </button>
        {command.problem && <ProblemView problem={command.problem} />}
        {saved && !command.problem && (
          <p class="notice" role="status">
            {saved}
          </p>
        )}
      </td>
    </tr>
  );
}
