import { useState } from 'react';
import type { BodyOf } from '../shared/apiTypes.js';
import { TextArea, type FormProblem } from '../shared/formParts.js';
import type { UserSummary } from '../shared/types.js';
import { AccountActionSection } from './AccountActionSection.js';
import { roleLabel, useAccountChange, useTitleWithProblem, type RoleName } from './accountChange.js';
import { RoleSelect } from './RoleSelect.js';
import { UnitPicker } from './UnitPicker.js';

const FORM_ID = 'access';
const ROLE = `${FORM_ID}-role`;
const SCOPE = `${FORM_ID}-scope`;
const REASON = `${FORM_ID}-reason`;

export interface AccountFormProps {
  user: UserSummary;
  csrfToken: string;
  onDone: (message: string) => void;
  onClose: () => void;
}

/** Checked before sending, so the form can point at the field to fix. */
function accessProblem(role: RoleName, scope: readonly string[], reason: string): FormProblem | null {
  if (role === 'owner' && scope.length === 0)
    return { message: 'Choose at least one unit the owner updates for', target: SCOPE };
  if (reason.trim() === '')
    return { message: 'Give a reason for the change, for the account’s history', target: REASON };
  return null;
}

/** An administrator changes an account's role and the units it updates for, as one change. */
export function AccessForm({ user, csrfToken, onDone, onClose }: AccountFormProps) {
  const [role, setRole] = useState<RoleName>(user.role);
  const [scope, setScope] = useState<string[]>(user.role === 'owner' ? user.scope : []);
  const [reason, setReason] = useState('');
  const change = useAccountChange(csrfToken, FORM_ID, [ROLE, SCOPE, REASON], {});
  useTitleWithProblem(user.username, change.problem);
  const submit = async () => {
    const problem = accessProblem(role, scope, reason);
    change.setProblem(problem);
    if (problem !== null) return;
    const body: BodyOf<'changeUser'> = { role, scope: role === 'owner' ? scope : [], reason };
    const sent = await change.send('PATCH', `/api/users/${encodeURIComponent(user.username)}`, body);
    if (sent === null) return;
    onDone(`${user.username} is now ${roleLabel(role).toLowerCase()}; their sessions have ended.`);
    onClose();
  };
  return (
    <AccountActionSection
      formId={FORM_ID}
      heading={`Change the role and scope of ${user.username}`}
      intro={<p className="govuk-body">Their sessions end, so the change applies from their next sign-in.</p>}
      problem={change.problem}
      busy={change.busy}
      submit="Save role and scope"
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <RoleSelect id={ROLE} value={role} fallback={role} onChange={setRole} error={change.errorFor(ROLE)} />
      {role === 'owner' ? (
        <UnitPicker id={SCOPE} value={scope} onChange={setScope} error={change.errorFor(SCOPE)} />
      ) : null}
      <TextArea
        id={REASON}
        label="Reason"
        hint="Recorded in the account’s history, for example: moved to Central North"
        value={reason}
        onChange={setReason}
        error={change.errorFor(REASON)}
      />
    </AccountActionSection>
  );
}
