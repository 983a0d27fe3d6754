import { useState } from 'react';
import type { BodyOf } from '../shared/apiTypes.js';
import type { FindingPageData } from './findingResponseTypes.js';
import { usePlanMilestones } from './findingResponseQueries.js';
import { usePlans, type MilestoneListing } from '../plans/index.js';
import { useOrganisation } from '../shared/queries.js';
import type { OrganisationOverview } from '../shared/types.js';
import { FormSection, Select, TextArea, TextInput } from '../shared/formParts.js';
import { firstMissing, useFormProblem } from '../shared/useChange.js';
import { useFindingChange } from './useFindingChange.js';

interface FormProps {
  data: FindingPageData;
  path: string;
  csrfToken: string;
  announce: (text: string) => void;
}

// The units come from the select's owner (see formParts' Select), or the owner showed as "Choose a unit".
function LeadOptions({ organisation }: { organisation: OrganisationOverview | undefined }) {
  return (
    <>
      <option value="">Choose a unit</option>
      {(organisation?.businessGroups ?? []).map((group) => (
        <optgroup label={group.name} key={group.code}>
          <option value={group.code}>
            {group.name} ({group.code})
          </option>
          {group.units.map((unit) => (
            <option value={unit.code} key={unit.code}>
              {unit.name} ({unit.code})
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

interface ActionFields {
  title: string;
  text: string;
  due: string;
  lead: string;
}

const ACTION_IDS = ['action-title', 'action-text', 'action-due', 'action-leads'];

function ActionInputs(props: {
  fields: ActionFields;
  errorFor: (id: string) => string | undefined;
  set: (name: keyof ActionFields) => (value: string) => void;
}) {
  const { fields, errorFor, set } = props;
  const organisation = useOrganisation(undefined).data;
  const field = (name: keyof ActionFields, id: string) => ({
    id,
    value: fields[name],
    error: errorFor(id),
    onChange: set(name),
  });
  return (
    <>
      <TextInput label="Title" {...field('title', 'action-title')} />
      <TextArea label="What will be done" {...field('text', 'action-text')} />
      <TextInput
        label="Due"
        hint="As plans write it, for example: By Quarter 3, 2019-20 or 31 March 2020"
        widthClass="govuk-input--width-20"
        {...field('due', 'action-due')}
      />
      <Select label="Lead unit" {...field('lead', 'action-leads')}>
        <LeadOptions organisation={organisation} />
      </Select>
    </>
  );
}

/** A new action for the finding: a milestone of the inspection's action plan, reported on each quarter. */
export function AddActionForm({ data, path, csrfToken, announce }: FormProps) {
  const [fields, setFields] = useState<ActionFields>({ title: '', text: '', due: '', lead: data.finding.owner ?? '' });
  const change = useFindingChange(csrfToken, announce);
  const { problem, setMissing, errorFor } = useFormProblem('action', ACTION_IDS, change.failure);
  const set = (name: keyof ActionFields) => (value: string) => {
    setFields((f) => ({ ...f, [name]: value }));
  };
  const submit = async () => {
    const missing = firstMissing([
      ['action-title', fields.title, 'Enter a title for the action'],
      ['action-text', fields.text, 'Say what will be done'],
      ['action-due', fields.due, 'Enter when the action is due'],
      ['action-leads', fields.lead, 'Choose the unit that leads the action'],
    ]);
    setMissing(missing);
    if (missing !== null) return;
    const body: BodyOf<'addFindingAction'> = {
      title: fields.title,
      text: fields.text,
      due: fields.due,
      leads: [fields.lead],
    };
    const done = `Action “${fields.title.trim()}” added to the action plan.`;
    if (await change.send('POST', `${path}/actions`, body, done)) {
      setFields((f) => ({ ...f, title: '', text: '', due: '' }));
    }
  };
  return (
    <FormSection
      formId="action"
      heading="Add an action"
      intro="It becomes a milestone of the inspection's action plan, reported on each quarter like any other."
      problem={problem}
      busy={change.busy}
      submit="Add the action"
      onSubmit={() => void submit()}
    >
      <ActionInputs fields={fields} errorFor={errorFor} set={set} />
    </FormSection>
  );
}

function MilestoneOptions({ milestones }: { milestones: MilestoneListing['milestones'] }) {
  return (
    <>
      <option value="">Choose a milestone</option>
      {milestones.map((m) => (
        <option value={m.ref} key={m.ref}>
          {m.ref}: {m.title}
        </option>
      ))}
    </>
  );
}

/** Link the finding to a milestone of another plan that already addresses it. */
export function LinkMilestoneForm({ data, path, csrfToken, announce }: FormProps) {
  // Only a published version's milestones can be linked; the listing has one published version per plan.
  const plans = (usePlans().data?.plans ?? []).filter((plan) => plan.state === 'published');
  const [planKey, setPlanKey] = useState('');
  const [milestoneRef, setMilestoneRef] = useState('');
  const change = useFindingChange(csrfToken, announce);
  const { problem, setMissing, errorFor } = useFormProblem('link', ['link-plan', 'link-milestone'], change.failure, {
    planKey: 'plan',
    milestoneRef: 'milestone',
  });
  const plan = plans.find((p) => p.key === planKey);
  const milestones = usePlanMilestones(plan?.id ?? null).data?.milestones ?? [];
  const submit = async () => {
    const missing = firstMissing([
      ['link-plan', planKey, 'Choose the plan the milestone is in'],
      ['link-milestone', milestoneRef, 'Choose the milestone that addresses the finding'],
    ]);
    setMissing(missing);
    if (missing !== null) return;
    const done = `${milestoneRef} now shows as addressing ${data.finding.ref}.`;
    const link: BodyOf<'linkFindingMilestone'> = { planKey, milestoneRef };
    if (await change.send('POST', `${path}/links`, link, done)) setMilestoneRef('');
  };
  const choosePlan = (key: string) => {
    setPlanKey(key);
    setMilestoneRef('');
  };
  return (
    <FormSection
      formId="link"
      heading="Link a milestone"
      intro="For a milestone of another plan, such as the business plan, that addresses the finding."
      problem={problem}
      busy={change.busy}
      submit="Link the milestone"
      onSubmit={() => void submit()}
    >
      <Select id="link-plan" label="Plan" value={planKey} error={errorFor('link-plan')} onChange={choosePlan}>
        <option value="">Choose a plan</option>
        {plans.map((p) => (
          <option value={p.key} key={p.key}>
            {p.title}
          </option>
        ))}
      </Select>
      {plan === undefined ? null : (
        <Select
          id="link-milestone"
          label="Milestone"
          value={milestoneRef}
          error={errorFor('link-milestone')}
          onChange={setMilestoneRef}
        >
          <MilestoneOptions milestones={milestones} />
        </Select>
      )}
    </FormSection>
  );
}
