import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BodyOf } from '../shared/apiTypes.js';
import { ApiError, sendJson } from '../shared/client.js';
import type { PublishedReportVersion } from '../publishing/index.js';
import { fieldTarget, FormSection, TextArea, type FormProblem } from '../shared/formParts.js';

const FORM = 'publish-pack';

/** For the performance team: board papers are internal until this freezes the pack and makes it public. */
export function PublishPackForm({
  meetingId,
  csrfToken,
  announce,
}: {
  meetingId: number;
  csrfToken: string;
  announce: (text: string) => void;
}) {
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const publish = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const body: BodyOf<'publishBoardPack'> = { meeting: meetingId, ...(note.trim() === '' ? {} : { note }) };
      const version = await sendJson<PublishedReportVersion>('POST', '/api/reports/board-packs', body, csrfToken);
      setNote('');
      announce(`Published version ${version.version} of ${version.title}. It is now public.`);
      await queryClient.invalidateQueries({ queryKey: ['reports'] });
    } catch (error) {
      const field = error instanceof ApiError ? error.field : null;
      setProblem({ message: (error as Error).message, target: fieldTarget(FORM, field, [`${FORM}-note`]) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormSection
      formId={FORM}
      heading="Publish this pack"
      intro="Board papers are internal until they are published. Publishing freezes the pack as it stands and makes it public on the published reports page; publishing it again is a correction, which needs a note saying what it corrects."
      problem={problem}
      busy={busy}
      submit="Publish the pack"
      onSubmit={() => void publish()}
    >
      <TextArea
        id={`${FORM}-note`}
        label="Correction note (only when correcting a published pack)"
        value={note}
        onChange={setNote}
        rows={3}
      />
    </FormSection>
  );
}
