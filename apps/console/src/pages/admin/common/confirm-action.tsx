import { useState } from 'preact/hooks';
import { useT } from '../../../shell/i18n.js';
import { commonMessages } from './messages.js';

interface ConfirmActionProps {
  /** The button that opens the confirmation. */
  label: string;
  /** What is about to happen, in words. */
  question: string;
  /** Ask for a reason (the API records it) before confirming. */
  withReason?: boolean;
  busy?: boolean;
  onConfirm(reason: string): void;
}

/** A button whose action waits for a second, explicit confirmation (and a reason where the API takes one). */
export function ConfirmAction({ label, question, withReason, busy, onConfirm }: ConfirmActionProps) {
  const t = useT(commonMessages);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open)
    return (
      <button type="button" disabled={busy} onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  return (
    <form
      class="confirm"
      aria-label={question}
      onSubmit={(event) => {
        event.preventDefault();
        setOpen(false);
        onConfirm(reason.trim());
        setReason('');
      }}
    >
      <span>{question}</span>
      {withReason && (
        <label>
          {t('reason')}
          <input required maxLength={500} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
      )}
      <button type="submit" class="primary">
        {t('confirm')}
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('cancel')}
      </button>
    </form>
  );
}
