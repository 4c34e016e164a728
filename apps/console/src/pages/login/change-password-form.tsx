import { useState } from 'preact/hooks';
import { toProblem } from '../../shell/api.js';
import { useT } from '../../shell/i18n.js';
import type { ApiProblem } from '../../shell/problem.js';
import { ProblemView } from '../../shell/problem-view.js';
import { loginMessages } from './messages.js';
import { changePassword } from './sign-in.js';

interface ChangePasswordFormProps {
  /** The login's token, which opens only the password change. */
  token: string;
  /** The generated password the user just signed in with. */
  currentPassword: string;
  onChanged(newPassword: string): void;
}

/** First login with a generated password: the API refuses everything else until it is changed. */
export function ChangePasswordForm({ token, currentPassword, onChanged }: ChangePasswordFormProps) {
  const t = useT(loginMessages);
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [mismatch, setMismatch] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const fieldError = problem?.fieldError('newPassword');

  return (
    <form
      class="change-password"
      onSubmit={async (event) => {
        event.preventDefault();
        setMismatch(next !== repeat);
        if (next !== repeat) return;
        setBusy(true);
        setProblem(undefined);
        try {
          await changePassword(token, currentPassword, next);
          onChanged(next);
        } catch (error) {
          setProblem(toProblem(error));
        } finally {
          setBusy(false);
        }
      }}
    >
      <p>{t('changeIntro')}</p>
      <label>
        {t('newPassword')}
        <input
          name="newPassword"
          type="password"
          autocomplete="new-password"
          required
          aria-invalid={fieldError ? true : undefined}
          value={next}
          onInput={(e) => setNext(e.currentTarget.value)}
        />
      </label>
      {fieldError && <p class="field-error">{fieldError}</p>}
      <label>
        {t('repeatPassword')}
        <input name="repeatPassword" type="password" autocomplete="new-password" required value={repeat} onInput={(e) => setRepeat(e.currentTarget.value)} />
      </label>
      {mismatch && <p class="field-error">{t('mismatch')}</p>}
      {problem && <ProblemView problem={problem} />}
      <button type="submit" class="primary" disabled={busy}>
        {t('change')}
      </button>
    </form>
  );
}
