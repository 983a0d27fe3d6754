import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { base64Of } from '../shared/fileUpload.js';
import { FileProblems, LoadedBanner, LoadProgress } from './LoadOutcome.js';
import { postWithProgress, type FileProblem } from './upload.js';

/** One kind of file the performance team loads: where it goes, and how its answers read. */
export interface FileKind<Loaded> {
  id: string;
  heading: string;
  /** What the file holds and where to get it or its template. */
  format: ReactNode;
  label: string;
  accept: string;
  /** The route that checks the file writing nothing, answering its problems as data; none for police.uk. */
  checkPath?: string;
  loadPath: string;
  /** Problems a load answered alongside what it loaded (police.uk slices refused on their own). */
  problemsOf?: (loaded: Loaded) => FileProblem[];
  /** What was loaded, with links to where it shows. */
  done: (loaded: Loaded) => ReactNode;
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'sending'; step: 'check' | 'load'; share: number }
  | { kind: 'working'; step: 'check' | 'load' };

type Outcome<Loaded> =
  | { kind: 'refused'; fileName: string; problems: FileProblem[] }
  | { kind: 'loaded'; fileName: string; loaded: Loaded; problems: FileProblem[] }
  | null;

function statusOf(stage: Stage): string {
  switch (stage.kind) {
    case 'idle':
      return '';
    case 'reading':
      return 'Reading the file…';
    case 'sending':
      return `Sending the file to ${stage.step === 'check' ? 'be checked' : 'load'}: ${Math.round(stage.share * 100)}%`;
    case 'working':
      return stage.step === 'check' ? 'Checking the file…' : 'Loading the file…';
  }
}

function refusalLead(fileName: string, problems: readonly FileProblem[]): string {
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return `Nothing was loaded: ${fileName} has ${count}. Fix ${problems.length === 1 ? 'it' : 'them'} in the file and load it again.`;
}

/** The form's state and what submitting does: check the file (writing nothing), then load it only when it has no problem. */
function useFileLoad<Loaded>(kind: FileKind<Loaded>, csrfToken: string) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [outcome, setOutcome] = useState<Outcome<Loaded>>(null);

  const send = async <T,>(path: string, step: 'check' | 'load', body: unknown): Promise<T> => {
    setStage({ kind: 'sending', step, share: 0 });
    return postWithProgress<T>(path, body, csrfToken, (share) => {
      setStage(share >= 1 ? { kind: 'working', step } : { kind: 'sending', step, share });
    });
  };

  const run = async (chosen: File) => {
    setStage({ kind: 'reading' });
    const body = { fileName: chosen.name, contentBase64: await base64Of(chosen) };
    if (kind.checkPath !== undefined) {
      const check = await send<{ problems: FileProblem[] }>(kind.checkPath, 'check', body);
      if (check.problems.length > 0) {
        setOutcome({ kind: 'refused', fileName: chosen.name, problems: check.problems });
        return;
      }
    }
    const loaded = await send<Loaded>(kind.loadPath, 'load', body);
    setOutcome({ kind: 'loaded', fileName: chosen.name, loaded, problems: kind.problemsOf?.(loaded) ?? [] });
    await queryClient.invalidateQueries();
  };

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file === null) {
      const problem = { file: kind.label, row: null, column: null, problem: 'choose the file to load' };
      setOutcome({ kind: 'refused', fileName: '', problems: [problem] });
      return;
    }
    setOutcome(null);
    run(file)
      .catch((error: unknown) => {
        const problem = { file: file.name, row: null, column: null, problem: (error as Error).message };
        setOutcome({ kind: 'refused', fileName: file.name, problems: [problem] });
      })
      .finally(() => {
        setStage({ kind: 'idle' });
      });
  };
  return { stage, outcome, submit, setFile };
}

function OutcomeOf<Loaded>({
  kind,
  outcome,
  fieldId,
}: {
  kind: FileKind<Loaded>;
  outcome: Outcome<Loaded>;
  fieldId: string;
}) {
  if (outcome === null) return null;
  if (outcome.kind === 'refused') {
    const lead = outcome.fileName === '' ? 'No file was chosen.' : refusalLead(outcome.fileName, outcome.problems);
    return <FileProblems problems={outcome.problems} fieldId={fieldId} lead={lead} />;
  }
  return (
    <>
      {outcome.problems.length === 0 ? null : (
        <FileProblems
          problems={outcome.problems}
          fieldId={fieldId}
          lead={`Part of ${outcome.fileName} was refused: nothing was loaded from the files below; the rest loaded.`}
        />
      )}
      <LoadedBanner id={kind.id} heading={`${outcome.fileName} was loaded`}>
        {kind.done(outcome.loaded)}
      </LoadedBanner>
    </>
  );
}

/**
 * For the performance team: a file chosen on their computer, checked by the API (which writes
 * nothing) and loaded only when it has no problem, with the progress of both read out as it goes.
 */
export function FileLoadForm<Loaded>({ kind, csrfToken }: { kind: FileKind<Loaded>; csrfToken: string }) {
  const { stage, outcome, submit, setFile } = useFileLoad(kind, csrfToken);
  const fieldId = `${kind.id}-file`;
  const refused = outcome?.kind === 'refused' ? outcome : null;
  return (
    <section className="bl-response-form" aria-labelledby={`${kind.id}-heading`} id={kind.id}>
      <h2 className="govuk-heading-m" id={`${kind.id}-heading`}>
        {kind.heading}
      </h2>
      {kind.format}
      <OutcomeOf kind={kind} outcome={outcome} fieldId={fieldId} />
      <form noValidate onSubmit={submit} aria-label={kind.heading}>
        <div className={`govuk-form-group${refused === null ? '' : ' govuk-form-group--error'}`}>
          <label className="govuk-label govuk-label--s" htmlFor={fieldId}>
            {kind.label}
          </label>
          {refused === null ? null : (
            <p className="govuk-error-message" id={`${fieldId}-error`}>
              <span className="govuk-visually-hidden">Error:</span>{' '}
              {refused.fileName === '' ? 'Choose a file' : 'Nothing was loaded: fix the problems listed above'}
            </p>
          )}
          <input
            className={`govuk-file-upload${refused === null ? '' : ' govuk-file-upload--error'}`}
            id={fieldId}
            type="file"
            accept={kind.accept}
            aria-describedby={refused === null ? undefined : `${fieldId}-error`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
            }}
          />
        </div>
        <LoadProgress id={kind.id} status={statusOf(stage)} share={stage.kind === 'sending' ? stage.share : null} />
        <button type="submit" className="govuk-button" disabled={stage.kind !== 'idle'}>
          {kind.checkPath === undefined ? 'Load the file' : 'Check and load the file'}
        </button>
      </form>
    </section>
  );
}
