import { useState } from 'react';
import { useBoardMeetingsOf } from './meetingQueries.js';
import { FormSection, Select, TextArea } from '../shared/formParts.js';
import { firstMissing } from '../shared/useChange.js';
import { useSentChange } from '../shared/useSentChange.js';
import { IMPACT_CHOICES, LIKELIHOOD_CHOICES, type RiskPage } from './riskTypes.js';

const FORM = 'review-risk';
const IDS = ['review-meeting', 'review-likelihood', 'review-impact', 'review-note'];

interface ScorePairProps {
  likelihood: string;
  impact: string;
  onLikelihood: (value: string) => void;
  onImpact: (value: string) => void;
  errorFor: (id: string) => string | undefined;
}

function ScorePair({ likelihood, impact, onLikelihood, onImpact, errorFor }: ScorePairProps) {
  return (
    <>
      <Select
        id="review-likelihood"
        label="Residual likelihood agreed"
        value={likelihood}
        onChange={onLikelihood}
        error={errorFor('review-likelihood')}
      >
        {LIKELIHOOD_CHOICES.map((label, i) => (
          <option key={label} value={String(i + 1)}>
            {label}
          </option>
        ))}
      </Select>
      <Select
        id="review-impact"
        label="Residual impact agreed"
        value={impact}
        onChange={onImpact}
        error={errorFor('review-impact')}
      >
        {IMPACT_CHOICES.map((label, i) => (
          <option key={label} value={String(i + 1)}>
            {label}
          </option>
        ))}
      </Select>
    </>
  );
}

/** Records a board's review of the risk at one of the meetings of a board that oversees it. */
function useReviewForm(page: RiskPage, csrfToken: string, announce: (text: string) => void) {
  const meetings = useBoardMeetingsOf(page.risk.boards);
  const [fields, setFields] = useState({
    meeting: '',
    likelihood: String(page.risk.residual.likelihood),
    impact: String(page.risk.residual.impact),
    note: '',
  });
  // The version the scores were filled from: a review sent against a newer one would pass the
  // older scores off as agreed over somebody else's change.
  const [basis, setBasis] = useState(page.risk.version);
  const change = useSentChange({ id: FORM, fieldIds: IDS }, csrfToken, ['risks']);
  const set = (name: keyof typeof fields) => (value: string) => {
    setFields((f) => ({ ...f, [name]: value }));
  };
  const submit = async () => {
    const missing = firstMissing([
      ['review-meeting', fields.meeting, 'Choose the meeting that reviewed the risk'],
      ['review-note', fields.note, 'Enter what the board said'],
    ]);
    if (missing !== null) {
      change.setMissing(missing);
      return;
    }
    const body = {
      expectedVersion: basis,
      meeting: Number(fields.meeting),
      residual: { likelihood: Number(fields.likelihood), impact: Number(fields.impact) },
      note: fields.note,
    };
    const done = await change.send<{ version: number }>('POST', `/api/risks/${page.risk.ref}/reviews`, body);
    if (done === null) return;
    setBasis(done.version);
    setFields((f) => ({ ...f, meeting: '', note: '' }));
    announce(`Recorded the review of ${page.risk.ref}; it is now at version ${done.version}.`);
  };
  return { meetings, fields, set, change, submit };
}

export function ReviewForm({
  page,
  csrfToken,
  announce,
}: {
  page: RiskPage;
  csrfToken: string;
  announce: (text: string) => void;
}) {
  const { meetings, fields, set, change, submit } = useReviewForm(page, csrfToken, announce);
  return (
    <FormSection
      formId={FORM}
      heading="Record a review"
      intro="A board that oversees this risk reviewed it at a meeting: record the residual scores it agreed and its note."
      problem={change.problem}
      busy={change.busy}
      submit="Record the review"
      onSubmit={() => void submit()}
    >
      <Select
        id="review-meeting"
        label="Meeting"
        value={fields.meeting}
        onChange={set('meeting')}
        error={change.errorFor('review-meeting')}
      >
        <option value="">Choose a meeting</option>
        {(meetings.data ?? []).map((m) => (
          <option key={m.id} value={String(m.id)}>
            {m.date} {m.title}
          </option>
        ))}
      </Select>
      <ScorePair
        likelihood={fields.likelihood}
        impact={fields.impact}
        onLikelihood={set('likelihood')}
        onImpact={set('impact')}
        errorFor={change.errorFor}
      />
      <TextArea
        id="review-note"
        label="The board’s note"
        value={fields.note}
        onChange={set('note')}
        error={change.errorFor('review-note')}
      />
    </FormSection>
  );
}
