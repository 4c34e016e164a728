import { useState } from 'preact/hooks';
import type { ApiSchemas } from '#api-client';
import { useApi } from '../../../shell/api.js';
import { useLocale, useT } from '../../../shell/i18n.js';
import { unwrap } from '../../../shell/problem.js';
import { ProblemView } from '../../../shell/problem-view.js';
import { useCommand } from '../common/use-command.js';
import { catalogLabel } from './catalog-label.js';
import { rolesMessages } from './messages.js';

type Role = ApiSchemas['RoleDefinitionDto'];
type Content = ApiSchemas['RoleContentDto'];
type Permission = Content['permissions'][number];
type Scope = Content['records'];
type Hideable = Content['fields']['hidden'][number];

const SCOPES: readonly Scope[] = ['own', 'team', 'all', 'none'];

function contentOf(role: Role): Content {
  return {
    name: role.name,
    permissions: [...role.permissions],
    records: role.records,
    fields: { contactInClear: role.fields.contactInClear, sensitive: role.fields.sensitive, hidden: [...role.fields.hidden] },
  };
}

const toggled = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item));

/**
 * A role's permissions (checkboxes over the catalogue), record scope and field visibility; PUT /v1/roles/:id saves
 * a custom role whole. Presets show read-only. The API keeps no revision check on roles: the last save wins.
 */
export function RoleEditor({ role, catalog, onSaved }: { role: Role; catalog: ApiSchemas['PermissionCatalogResponseDto']; onSaved(): void }) {
  const t = useT(rolesMessages);
  const { locale } = useLocale();
  const api = useApi();
  const command = useCommand();
  const [draft, setDraft] = useState<Content>(() => contentOf(role));
  const [saved, setSaved] = useState<string | undefined>();
  const readOnly = role.preset;
  return (
    <form
      class="role-editor"
      aria-label={role.name}
      onSubmit={async (event) => {
        event.preventDefault();
        const answer = await command.run(async () => unwrap(await api.PUT('/v1/roles/{id}', { params: { path: { id: role.id } }, body: draft })));
        if (answer) {
          setSaved(t('saved', { id: answer.id, revision: answer.revision }));
          onSaved();
        }
      }}
    >
      <h2>
        {role.name} <code>{role.id}</code> {readOnly && <span class="badge">{t('preset')}</span>}
      </h2>
      {readOnly && <p class="notice">{t('presetNote')}</p>}
      <fieldset disabled={readOnly}>
        <label>
          {t('name')}
          <input required value={draft.name} onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
        </label>
        <fieldset class="checks">
          <legend>{t('permissions')}</legend>
          {catalog.items.map((entry) => (
            <label key={entry.id} class="inline" title={entry.id}>
              <input
                type="checkbox"
                name={entry.id}
                checked={draft.permissions.includes(entry.id as Permission)}
                onChange={(e) => setDraft({ ...draft, permissions: toggled(draft.permissions, entry.id as Permission, e.currentTarget.checked) })}
              />
              {catalogLabel(entry, locale)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('records')}
          <select value={draft.records} onChange={(e) => setDraft({ ...draft, records: e.currentTarget.value as Scope })}>
            {SCOPES.map((scope) => (
              <option key={scope} value={scope}>
                {t(`records_${scope}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="checks">
          <legend>{t('fields')}</legend>
          <label>
            {t('contactInClear')}
            <select
              value={draft.fields.contactInClear}
              onChange={(e) => setDraft({ ...draft, fields: { ...draft.fields, contactInClear: e.currentTarget.value as 'all' | 'own' } })}
            >
              <option value="all">{t('contact_all')}</option>
              <option value="own">{t('contact_own')}</option>
            </select>
          </label>
          <label class="inline">
            <input
              type="checkbox"
              checked={draft.fields.sensitive}
              onChange={(e) => setDraft({ ...draft, fields: { ...draft.fields, sensitive: e.currentTarget.checked } })}
            />
            {t('sensitive')}
          </label>
          {catalog.hideableFields.map((field) => (
            <label key={field.id} class="inline">
              <input
                type="checkbox"
                checked={draft.fields.hidden.includes(field.id as Hideable)}
                onChange={(e) =>
                  setDraft({ ...draft, fields: { ...draft.fields, hidden: toggled(draft.fields.hidden, field.id as Hideable, e.currentTarget.checked) } })
                }
              />
              {t('hidden')}: {catalogLabel(field, locale)}
            </label>
          ))}
        </fieldset>
        {!readOnly && (
          <button type="submit" class="primary" disabled={command.busy}>
            {t('save')}
          </button>
        )}
      </fieldset>
      {command.problem && <ProblemView problem={command.problem} />}
      {saved && !command.problem && (
        <p class="notice" role="status">
          {saved}
        </p>
      )}
    </form>
  );
}
