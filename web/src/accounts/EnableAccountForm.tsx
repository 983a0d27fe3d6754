import { useState } from 'react';
import type { BodyOf } from '../shared/apiTypes.js';
import { ApiError, sendJson } from '../shared/client.js';
import { fieldTarget, TextArea, type FormProblem } from '../shared/formParts.js';
import type { UserSummary } from '../shared/types.js';
import { firstMissing } from '../shared/useChange.js';
import { AccountActionSection } from './AccountActionSection.js';

const FORM_ID = 'enable-account';
const REASON = `${FORM_ID}-reason`;

interface Props {
  user: UserSummary;
  csrfToken: string;
  onDone: (message: string) => void;
  onClose: () => void;
}

/** An administrator lets a disabled account sign in again, with the role, scope and password it had. */
export function EnableAccountForm({ user, csrfToken, onDone, onClose }: Props) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const missing = firstMissing([[REASON, reason, 'Give a reason for re-enabling the account, for its history']]);
    setProblem(missing);
    if (missing !== null) return;
    setBusy(true);
    try {
      const change: BodyOf<'changeUser'> = { disabled: false, reason };
      await sendJson('PATCH', `/api/users/${encodeURIComponent(user.username)}`, change, csrfToken);
      onDone(`Re-enabled ${user.username}; they can sign in again.`);
      onClose();
    } catch (error) {
      const field = error instanceof ApiError ? error.field : null;
      setProblem({ message: (error as Error).message, target: fieldTarget(FORM_ID, field, [REASON]) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <AccountActionSection
      formId={FORM_ID}
      heading={`Re-enable ${user.username}`}
      intro={
        <p className="govuk-body">
          They can sign in again with the role ({user.role}) and password they had. If they have forgotten the password,
          reset it too.
        </p>
      }
      problem={problem}
      busy={busy}
      submit="Re-enable account"
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <TextArea
        id={REASON}
        label="Reason"
        hint="Recorded in the account’s history, for example: back from leave"
        value={reason}
        onChange={setReason}
        error={problem?.target === REASON ? problem.message : undefined}
      />
    </AccountActionSection>
  );
}
