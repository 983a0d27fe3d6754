import { TextArea, TextInput } from '../shared/formParts.js';
import type { MilestoneDetail, UpdateView } from './planTypes.js';
import { StatusRadios } from './StatusRadios.js';

export interface Draft {
  statusCode: string;
  narrative: string;
  figures: string;
  revisedDue: string;
  revisionReason: string;
}

export function draftOf(update: UpdateView | undefined): Draft {
  return {
    statusCode: update?.status.code ?? '',
    narrative: update?.narrative ?? '',
    figures: update?.figures.join('\n') ?? '',
    revisedDue: update?.revisedDue ?? '',
    revisionReason: update?.revisionReason ?? '',
  };
}

/** The id of each draft field's input; a status problem points at the first radio, as GOV.UK does. */
export function fieldIdOf(detail: MilestoneDetail, field: string | null): string {
  const first = `status-${detail.statuses[0]?.code ?? ''}`;
  const ids: Record<string, string> = { narrative: 'narrative', figures: 'figures', revisedDue: 'revisedDue' };
  if (field === 'revisionReason') return 'revisionReason';
  return ids[field ?? ''] ?? first;
}

/** Checked before sending, in the order of the form: [field id, value, message]. */
export function requiredFields(detail: MilestoneDetail, draft: Draft): [string, string, string][] {
  return [
    [fieldIdOf(detail, 'statusCode'), draft.statusCode, 'Choose a status for the end of the quarter'],
    ['narrative', draft.narrative, 'Say what happened this quarter'],
    ...(draft.revisedDue.trim() === ''
      ? []
      : ([['revisionReason', draft.revisionReason, 'Say why the due date changes']] as [string, string, string][])),
  ];
}

interface FieldsProps {
  detail: MilestoneDetail;
  draft: Draft;
  set: (key: keyof Draft) => (value: string) => void;
  errorFor: (id: string) => string | undefined;
}

export function UpdateFields({ detail, draft, set, errorFor }: FieldsProps) {
  return (
    <>
      <StatusRadios
        statuses={detail.statuses}
        value={draft.statusCode}
        onChange={set('statusCode')}
        error={errorFor(fieldIdOf(detail, 'statusCode'))}
      />
      <TextArea
        id="narrative"
        label="What happened this quarter"
        hint="Plain words for the public report: what was done, what is next."
        rows={5}
        value={draft.narrative}
        error={errorFor('narrative')}
        onChange={set('narrative')}
      />
      <TextArea
        id="figures"
        label="Figures (optional)"
        hint="One per line, for example: 1,975 chats handled"
        rows={3}
        value={draft.figures}
        error={errorFor('figures')}
        onChange={set('figures')}
      />
      <TextInput
        id="revisedDue"
        label="New due date (only if it has to change)"
        hint="For example: Quarter 4, 2018-19 or By Quarter 3, 2018-19"
        widthClass="govuk-input--width-20"
        value={draft.revisedDue}
        error={errorFor('revisedDue')}
        onChange={set('revisedDue')}
      />
      {draft.revisedDue.trim() === '' ? null : (
        <TextArea
          id="revisionReason"
          label="Why the due date changes"
          rows={2}
          value={draft.revisionReason}
          error={errorFor('revisionReason')}
          onChange={set('revisionReason')}
        />
      )}
    </>
  );
}
