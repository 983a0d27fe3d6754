import { useState } from 'react';
import type { BodyOf } from '../shared/apiTypes.js';
import type { FindingSummary } from './findingResponseTypes.js';
import { EvidenceRows, evidenceFieldIds, evidenceToSend, NO_EVIDENCE, type EvidenceRow } from './EvidenceRows.js';
import { FormSection, Radios, TextArea, type Choice } from '../shared/formParts.js';
import { useFormProblem } from '../shared/useChange.js';
import { useFindingChange } from './useFindingChange.js';

/** One way a finding can move, with what the form says about it and what the page announces after. */
interface Move extends Choice {
  done: (ref: string) => string;
}

interface MoveFormConfig {
  formId: string;
  heading: string;
  /** The body's name for the choice, and the path the change is posted to under the finding. */
  field: 'state' | 'decision';
  path: 'response' | 'decision';
  legend: string;
  pick: string;
  noteLabel: string;
  noteHint: string;
  evidenceHint: string;
  submit: string;
}

interface FormProps {
  finding: FindingSummary;
  path: string;
  csrfToken: string;
  announce: (text: string) => void;
}

const PROGRESS: readonly (Move & { value: BodyOf<'respondToFinding'>['state'] })[] = [
  {
    value: 'action-planned',
    label: 'Action planned',
    hint: 'The owning unit knows what it will do and by when',
    done: (ref) => `Progress recorded: ${ref} is now action planned.`,
  },
  {
    value: 'in-progress',
    label: 'In progress',
    hint: 'The work has started',
    done: (ref) => `Progress recorded: ${ref} is now in progress.`,
  },
  {
    value: 'evidence-submitted',
    label: 'Evidence submitted',
    hint: 'The work is done: add the evidence below for the performance team to decide on',
    done: (ref) => `Evidence submitted for ${ref}: the performance team will close it or return it.`,
  },
];

const DECISIONS: Readonly<Record<BodyOf<'decideFinding'>['decision'], Move>> = {
  close: {
    value: 'close',
    label: 'Close the finding',
    hint: 'Only on evidence: what is held already, or what you add below',
    done: (ref) => `${ref} is closed.`,
  },
  return: {
    value: 'return',
    label: 'Return the evidence for more work',
    hint: 'It goes back to in progress; say in the note what more is needed',
    done: (ref) => `The evidence for ${ref} was returned: it is in progress again.`,
  },
  reopen: {
    value: 'reopen',
    label: 'Re-open the finding',
    hint: 'Say in the note why it is re-opened',
    done: (ref) => `${ref} is re-opened.`,
  },
};

/**
 * What the API takes: the choice, and the note and evidence only when given. A decision names the
 * version of the finding the page showed, so a decision made on an old page is refused, not applied.
 */
async function moveBody(
  config: MoveFormConfig,
  finding: FindingSummary,
  choice: string,
  note: string,
  rows: readonly EvidenceRow[],
) {
  const evidence = await evidenceToSend(rows);
  return {
    [config.field]: choice,
    ...(config.field === 'decision' ? { version: finding.version } : {}),
    ...(note.trim() === '' ? {} : { note }),
    ...(evidence.length > 0 ? { evidence } : {}),
  };
}

function MoveForm({
  config,
  moves,
  finding,
  path,
  csrfToken,
  announce,
}: FormProps & { config: MoveFormConfig; moves: readonly Move[] }) {
  const { formId } = config;
  const [choice, setChoice] = useState('');
  const [note, setNote] = useState('');
  const [rows, setRows] = useState<readonly EvidenceRow[]>(NO_EVIDENCE);
  const change = useFindingChange(csrfToken, announce);
  const known = [`${formId}-choice`, `${formId}-note`, ...evidenceFieldIds(formId, rows)];
  const aliases = { state: 'choice', decision: 'choice', version: 'choice', evidence: 'evidence-0-title' };
  const { problem, setMissing, errorFor } = useFormProblem(formId, known, change.failure, aliases);
  const submit = async () => {
    const move = moves.find((m) => m.value === choice);
    setMissing(move === undefined ? { message: config.pick, target: `${formId}-choice` } : null);
    if (move === undefined) return;
    const body = await moveBody(config, finding, choice, note, rows).catch(() => null);
    if (body === null) {
      setMissing({ message: 'A file could not be read: choose it again', target: `${formId}-evidence-0-content` });
      return;
    }
    if (await change.send('POST', `${path}/${config.path}`, body, move.done(finding.ref))) {
      setChoice('');
      setNote('');
      setRows(NO_EVIDENCE);
    }
  };
  return (
    <FormSection
      formId={formId}
      heading={config.heading}
      problem={problem}
      busy={change.busy}
      submit={config.submit}
      onSubmit={() => void submit()}
    >
      <Radios
        id={`${formId}-choice`}
        legend={config.legend}
        choices={moves}
        value={choice}
        error={errorFor(`${formId}-choice`)}
        onChange={setChoice}
      />
      <TextArea
        id={`${formId}-note`}
        label={config.noteLabel}
        hint={config.noteHint}
        value={note}
        error={errorFor(`${formId}-note`)}
        onChange={setNote}
      />
      <EvidenceRows formId={formId} rows={rows} problem={problem} hint={config.evidenceHint} onChange={setRows} />
    </FormSection>
  );
}

const RESPONDABLE: readonly string[] = ['open', 'action-planned', 'in-progress', 'reopened'];

/** The owning unit's form: where the response has got to, with a note and evidence; or why there is nothing to record. */
export function RecordProgressForm({ decides, ...props }: FormProps & { decides: boolean }) {
  const { finding } = props;
  if (finding.kind === 'good-practice') return null;
  if (!RESPONDABLE.includes(finding.state)) {
    // The performance team has the decision form beneath; telling them the evidence is with them is noise.
    if (decides) return null;
    return (
      <div className="govuk-inset-text">
        {finding.state === 'closed'
          ? 'The finding is closed. The performance team can re-open it if more needs doing.'
          : 'The evidence is with the performance team, who will close the finding or return it for more work.'}
      </div>
    );
  }
  const config: MoveFormConfig = {
    formId: 'progress',
    heading: 'Record progress',
    field: 'state',
    path: 'response',
    legend: 'Where has the response got to?',
    pick: 'Select where the response has got to',
    noteLabel: 'Note (optional)',
    noteHint: 'What has been done and what happens next, in plain words',
    evidenceHint: 'Needed to submit evidence: say what each piece is, and give its web address or attach the file',
    submit: 'Record progress',
  };
  return <MoveForm {...props} config={config} moves={PROGRESS.filter((move) => move.value !== finding.state)} />;
}

/** The performance team's form: close on evidence, return the evidence, or re-open. */
export function DecisionForm(props: FormProps) {
  const { finding } = props;
  if (finding.kind === 'good-practice') return null;
  const moves =
    finding.state === 'closed'
      ? [DECISIONS.reopen]
      : finding.state === 'evidence-submitted'
        ? [DECISIONS.close, DECISIONS.return]
        : [DECISIONS.close];
  const config: MoveFormConfig = {
    formId: 'decision',
    heading: 'Decide',
    field: 'decision',
    path: 'decision',
    legend: 'Decision',
    pick: 'Select a decision',
    noteLabel: 'Note',
    noteHint: 'Needed to return the evidence or re-open the finding; optional when closing',
    evidenceHint: 'Optional: evidence you hold that the owner has not submitted',
    submit: 'Record the decision',
  };
  return <MoveForm {...props} config={config} moves={moves} />;
}
