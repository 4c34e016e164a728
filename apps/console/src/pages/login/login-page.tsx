import { useState } from 'preact/hooks';
import { toProblem } from '../../shell/api.js';
import { useT } from '../../shell/i18n.js';
import { LanguageSwitch } from '../../shell/language-switch.js';
import type { ProbedPermission } from '../../shell/permission-probes.js';
import type { ApiProblem } from '../../shell/problem.js';
import { ProblemView } from '../../shell/problem-view.js';
import type { Session } from '../../shell/session.js';
import { ChangePasswordForm } from './change-password-form.js';
import { loginMessages } from './messages.js';
import { signIn } from './sign-in.js';

interface LoginPageProps {
  notice?: string;
  /** Permissions the registry's pages need: probed once signed in. */
  wanted: readonly ProbedPermission[];
  onSignedIn(session: Session): void;
}

export function LoginPage({ notice, wanted, onSignedIn }: LoginPageProps) {
  const t = useT(loginMessages);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const [mustChange, setMustChange] = useState<string | undefined>();

  const submit = async (user: string, secret: string) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const result = await signIn(user, secret, wanted);
      if (result.kind === 'must-change-password') setMustChange(result.token);
      else onSignedIn(result.session);
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="login">
      <div class="login-card">
        <div class="login-head">
          <h1>{mustChange ? t('changeTitle') : t('title')}</h1>
          <LanguageSwitch />
        </div>
        {notice && !mustChange && (
          <p class="notice" role="status">
            {notice}
          </p>
        )}
        {mustChange ? (
          <ChangePasswordForm
            token={mustChange}
            currentPassword={password}
            onChanged={(newPassword) => {
              setMustChange(undefined);
              setPassword(newPassword);
              void submit(username, newPassword);
            }}
          />
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void submit(username, password);
            }}
          >
            <label>
              {t('username')}
              <input name="username" autocomplete="username" required value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
            </label>
            <label>
              {t('password')}
              <input
                name="password"
                type="password"
                autocomplete="current-password"
                required
                value={password}
                onInput={(e) => setPassword(e.currentTarget.value)}
              />
            </label>
            {problem && <ProblemView problem={problem} />}
            <button type="submit" class="primary" disabled={busy}>
              {busy ? t('signingIn') : t('signIn')}
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
