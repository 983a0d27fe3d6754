import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { FormSection, Radios, Select, TextArea, TextInput } from '../shared/formParts.js';
import { QueryState } from '../shared/QueryState.js';
import { useSession } from '../shared/queries.js';
import { firstMissing } from '../shared/useChange.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { BLANK_RISK, formFieldsOf, riskBody, type RiskFormFields } from './riskFormFields.js';
import { useRisk } from './riskQueries.js';
import { IMPACT_CHOICES, LIKELIHOOD_CHOICES, TREATMENT_CHOICES } from './riskTypes.js';
import { useSentChange } from '../shared/useSentChange.js';

const FORM = 'risk-form';
const TEXT: [keyof RiskFormFields, string, string][] = [
  ['title', 'Risk', 'Enter what the risk is'],
  ['owner', 'Owner', 'Enter who owns the risk'],
  ['cause', 'Cause', 'Enter the cause'],
  ['consequence', 'Consequence', 'Enter the consequence'],
];
const IDS = [
  'ref',
  'title',
  'owner',
  'cause',
  'consequence',
  'inherent',
  'residual',
  'treatment',
  'controls',
  'actions',
  'boards',
  'milestones',
  'findings',
  'scoreNote',
].map((id) => `risk-${id}`);

function ScoreSelects({
  which,
  fields,
  set,
  error,
}: {
  which: 'inherent' | 'residual';
  fields: RiskFormFields;
  set: (name: keyof RiskFormFields) => (v: string) => void;
  error: string | undefined;
}) {
  const l = which === 'inherent' ? 'inherentLikelihood' : 'residualLikelihood';
  const i = which === 'inherent' ? 'inherentImpact' : 'residualImpact';
  const words = which === 'inherent' ? 'before controls' : 'after controls';
  return (
    <>
      <Select id={`risk-${which}`} label={`Likelihood ${words}`} value={fields[l]} onChange={set(l)} error={error}>
        {LIKELIHOOD_CHOICES.map((label, n) => (
          <option key={label} value={String(n + 1)}>
            {label}
          </option>
        ))}
      </Select>
      <Select id={`risk-${which}-impact`} label={`Impact ${words}`} value={fields[i]} onChange={set(i)}>
        {IMPACT_CHOICES.map((label, n) => (
          <option key={label} value={String(n + 1)}>
            {label}
          </option>
        ))}
      </Select>
    </>
  );
}

interface FieldsProps {
  fields: RiskFormFields;
  set: (name: keyof RiskFormFields) => (value: string) => void;
  errorFor: (id: string) => string | undefined;
}

/** The boards that oversee the risk, what it links to, and the note on its scores. */
function LinkFields({ fields, set, errorFor }: FieldsProps) {
  return (
    <>
      <TextInput
        id="risk-boards"
        label="Boards that oversee it"
        hint="Board keys separated by commas, e.g. audit-panel"
        value={fields.boards}
        onChange={set('boards')}
        error={errorFor('risk-boards')}
      />
      <TextArea
        id="risk-milestones"
        label="Linked milestones"
        hint="One per line: plan key then milestone ref, e.g. met-business-plan-2018-19 BP18-75"
        value={fields.milestones}
        onChange={set('milestones')}
        error={errorFor('risk-milestones')}
        rows={2}
      />
      <TextArea
        id="risk-findings"
        label="Linked inspection findings"
        hint="One per line: inspection key then finding ref, e.g. peel-2018-19-met ELB-CoC-1"
        value={fields.findings}
        onChange={set('findings')}
        error={errorFor('risk-findings')}
        rows={2}
      />
      <TextInput
        id="risk-scoreNote"
        label="Note on the scores (optional)"
        hint="Shown wherever the scores are, e.g. whose reading they are"
        value={fields.scoreNote}
        onChange={set('scoreNote')}
        error={errorFor('risk-scoreNote')}
      />
    </>
  );
}

/** The treatment, controls, actions, boards and links: the lists, typed one a line. */
function ListFields({ fields, set, errorFor }: FieldsProps) {
  return (
    <>
      <Radios
        id="risk-treatment"
        legend="Treatment"
        value={fields.treatment}
        onChange={set('treatment')}
        choices={TREATMENT_CHOICES}
        error={errorFor('risk-treatment')}
      />
      <TextArea
        id="risk-controls"
        label="Controls"
        hint="One per line"
        value={fields.controls}
        onChange={set('controls')}
        error={errorFor('risk-controls')}
        rows={3}
      />
      <TextArea
        id="risk-actions"
        label="Actions"
        hint="One per line: what | owner | due date (YYYY-MM-DD)"
        value={fields.actions}
        onChange={set('actions')}
        error={errorFor('risk-actions')}
        rows={3}
      />
      <LinkFields fields={fields} set={set} errorFor={errorFor} />
    </>
  );
}

function useRiskForm(initial: RiskFormFields, loadedVersion: number | null, csrfToken: string) {
  const [fields, setFields] = useState(initial);
  // The version the fields were filled from, not the latest the page has fetched since: sending a
  // newer one would let these older words overwrite somebody else's change without a conflict.
  const [basis] = useState(loadedVersion);
  const navigate = useNavigate();
  const change = useSentChange({ id: FORM, fieldIds: IDS }, csrfToken, ['risks']);

  const set = (name: keyof RiskFormFields) => (value: string) => {
    setFields((f) => ({ ...f, [name]: value }));
  };
  const submit = async () => {
    const checks: [string, string, string][] = [
      ...(basis === null ? [['risk-ref', fields.ref, 'Enter a ref such as SR-5'] as [string, string, string]] : []),
      ...TEXT.map(([name, , message]) => [`risk-${name}`, fields[name], message] as [string, string, string]),
      ['risk-treatment', fields.treatment, 'Choose a treatment'],
    ];
    const missing = firstMissing(checks);
    if (missing !== null) {
      change.setMissing(missing);
      return;
    }
    const body = riskBody(fields);
    const done =
      basis === null
        ? await change.send<{ ref: string }>('POST', '/api/risks', { ref: fields.ref.trim(), ...body })
        : await change.send<{ ref: string }>('PUT', `/api/risks/${encodeURIComponent(fields.ref)}`, {
            expectedVersion: basis,
            fields: body,
          });
    if (done !== null) void navigate(`/risks/${done.ref}`);
  };
  return { fields, basis, set, change, submit };
}

function RiskForm({
  initial,
  version,
  csrfToken,
}: {
  initial: RiskFormFields;
  version: number | null;
  csrfToken: string;
}) {
  const { fields, basis, set, change, submit } = useRiskForm(initial, version, csrfToken);
  return (
    <FormSection
      formId={FORM}
      heading={basis === null ? 'The risk' : `Risk ${fields.ref}, version ${basis}`}
      problem={change.problem}
      busy={change.busy}
      submit={basis === null ? 'Add the risk' : 'Save the changes'}
      onSubmit={() => void submit()}
    >
      {basis === null ? (
        <TextInput
          id="risk-ref"
          label="Ref"
          hint="Letters, a dash and a number, e.g. SR-5"
          value={fields.ref}
          onChange={set('ref')}
          error={change.errorFor('risk-ref')}
          widthClass="govuk-input--width-10"
        />
      ) : null}
      {TEXT.map(([name, label]) =>
        name === 'title' || name === 'owner' ? (
          <TextInput
            key={name}
            id={`risk-${name}`}
            label={label}
            value={fields[name]}
            onChange={set(name)}
            error={change.errorFor(`risk-${name}`)}
          />
        ) : (
          <TextArea
            key={name}
            id={`risk-${name}`}
            label={label}
            value={fields[name]}
            onChange={set(name)}
            error={change.errorFor(`risk-${name}`)}
            rows={3}
          />
        ),
      )}
      <ScoreSelects which="inherent" fields={fields} set={set} error={change.errorFor('risk-inherent')} />
      <ScoreSelects which="residual" fields={fields} set={set} error={change.errorFor('risk-residual')} />
      <ListFields fields={fields} set={set} errorFor={change.errorFor} />
    </FormSection>
  );
}

/** Adding a risk (/risks/new) or editing one (/risks/:ref/edit), for the performance team and admins. */
export function RiskFormPage() {
  const { ref } = useParams();
  usePageTitle(ref === undefined ? 'Add a risk' : `Edit risk ${ref}`);
  const session = useSession();
  const token = session.data?.csrfToken;
  const risk = useRisk(ref ?? '', ref !== undefined && session.data?.user != null);
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: '/risks', label: 'Risk register' },
          ...(ref === undefined ? [] : [{ to: `/risks/${ref}`, label: `Risk ${ref}` }]),
        ]}
      />
      <h1 className="govuk-heading-l">{ref === undefined ? 'Add a risk' : `Edit risk ${ref}`}</h1>
      {token === undefined || token === null ? (
        <p className="govuk-body">Sign in as the performance team to change the register.</p>
      ) : ref === undefined ? (
        <RiskForm initial={BLANK_RISK} version={null} csrfToken={token} />
      ) : (
        <QueryState {...risk} what="the risk">
          {(page) => <RiskForm initial={formFieldsOf(page.risk)} version={page.risk.version} csrfToken={token} />}
        </QueryState>
      )}
    </>
  );
}
