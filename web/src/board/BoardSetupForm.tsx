import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { ErrorMessage, ErrorSummary, Radios, TextInput } from '../shared/formParts.js';
import { firstMissing } from '../shared/useChange.js';
import { useSentChange } from '../shared/useSentChange.js';
import {
  BLANK_BOARD,
  OWNER_CHOICES,
  REPORT_CHOICES,
  REVIEWS_RISKS_CHOICES,
  SETUP_FORM,
  VISIBILITY_CHOICES,
  boardFieldsBody,
  setupChecks,
  setupFieldsOf,
  setupId,
  type BoardReport,
  type BoardSetupFields,
} from './boardSetup.js';
import type { BoardInfo } from './boardTypes.js';

const IDS = (['key', 'name', 'owner', 'visibility', 'reports', 'reviewsRisks'] as const).map(setupId);
// The API names a refused report by its place in the list ("reports[1]"); the form has one group for them.
const ALIASES = Object.fromEntries(REPORT_CHOICES.map((_, i) => [`reports-${i}`, 'reports']));

/** The reports that go to the board, as GOV.UK checkboxes; the first box carries the group's id. */
function ReportBoxes(props: {
  chosen: readonly BoardReport[];
  error: string | undefined;
  onChange: (reports: BoardReport[]) => void;
}) {
  const { chosen, error, onChange } = props;
  const first = setupId('reports');
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={`${first}-hint${error === undefined ? '' : ` ${first}-error`}`}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Reports it receives</legend>
        <div className="govuk-hint" id={`${first}-hint`}>
          Select all that apply, or none.
        </div>
        <ErrorMessage id={first} error={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {REPORT_CHOICES.map((choice, index) => {
            const id = index === 0 ? first : `${first}-${choice.value}`;
            return (
              <div className="govuk-checkboxes__item" key={choice.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name="reports"
                  type="checkbox"
                  value={choice.value}
                  checked={chosen.includes(choice.value)}
                  aria-describedby={`${id}-item-hint`}
                  onChange={(event) => {
                    const others = chosen.filter((r) => r !== choice.value);
                    onChange(event.target.checked ? [...others, choice.value] : others);
                  }}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {choice.label}
                </label>
                <div className="govuk-hint govuk-checkboxes__hint" id={`${id}-item-hint`}>
                  {choice.hint}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** The board's particulars; its key only when it is being added. */
function BoardSetupInputs(props: {
  adding: boolean;
  fields: BoardSetupFields;
  setFields: Dispatch<SetStateAction<BoardSetupFields>>;
  errorFor: (id: string) => string | undefined;
}) {
  const { adding, fields, setFields, errorFor } = props;
  const bind = (name: 'key' | 'name' | 'owner' | 'visibility' | 'reviewsRisks') => ({
    id: setupId(name),
    value: fields[name],
    error: errorFor(setupId(name)),
    onChange: (value: string) => {
      setFields((f) => ({ ...f, [name]: value }));
    },
  });
  return (
    <>
      {adding ? (
        <TextInput
          label="Key"
          hint="Lower-case words joined by hyphens, for example audit-panel"
          widthClass="govuk-input--width-20"
          {...bind('key')}
        />
      ) : null}
      <TextInput label="Name" hint="As the board calls itself, for example MOPAC/MPS Audit Panel" {...bind('name')} />
      <Radios legend="Whose board it is" choices={OWNER_CHOICES} {...bind('owner')} />
      <Radios legend="Its papers" choices={VISIBILITY_CHOICES} {...bind('visibility')} />
      <ReportBoxes
        chosen={fields.reports}
        error={errorFor(setupId('reports'))}
        onChange={(reports) => {
          setFields((f) => ({ ...f, reports }));
        }}
      />
      <Radios legend="Does it review risks?" choices={REVIEWS_RISKS_CHOICES} {...bind('reviewsRisks')} />
    </>
  );
}

interface Props {
  /** The board being changed, or null to add one. */
  board: BoardInfo | null;
  csrfToken: string;
  announce: (text: string) => void;
  /** Leaves the change (saved or not) and goes back to adding a board. */
  onDone: () => void;
}

/**
 * Adds a board, or changes one's name, owner, visibility, reports and risk review. A board's key
 * names its meetings, actions and risks, so it is asked for once, when the board is added.
 */
export function BoardSetupForm({ board, csrfToken, announce, onDone }: Props) {
  const [fields, setFields] = useState<BoardSetupFields>(board === null ? BLANK_BOARD : setupFieldsOf(board));
  // Meetings carry their board's name, so every board query is fetched again.
  const change = useSentChange({ id: SETUP_FORM, fieldIds: IDS, aliases: ALIASES }, csrfToken, ['board']);
  const adding = board === null;
  useEffect(() => {
    // Someone who chose "Change" in the table is taken to the form, ready to type.
    if (board !== null) document.getElementById(setupId('name'))?.focus();
  }, [board]);
  const submit = async () => {
    const missing = firstMissing(setupChecks(fields, adding));
    change.setMissing(missing);
    if (missing !== null) return;
    const saved = adding
      ? await change.send<BoardInfo>('POST', '/api/boards', { key: fields.key.trim(), ...boardFieldsBody(fields) })
      : await change.send<BoardInfo>('PUT', `/api/boards/${encodeURIComponent(board.key)}`, boardFieldsBody(fields));
    if (saved === null) return;
    announce(adding ? `Board “${saved.name}” added.` : `Board “${saved.name}” changed.`);
    if (adding) setFields(BLANK_BOARD);
    else onDone();
  };
  return (
    <section className="bl-response-form" aria-labelledby={`${SETUP_FORM}-heading`} id={SETUP_FORM}>
      <h2 className="govuk-heading-m" id={`${SETUP_FORM}-heading`}>
        {adding ? 'Add a board' : `Change ${board.name}`}
      </h2>
      <p className="govuk-body">
        {adding
          ? 'Meetings can be recorded for a board once it is added. Its key names it in addresses and on the command line, and cannot be changed later.'
          : `Its key, ${board.key}, stays the same, so its meetings, actions and risks stay with it.`}
      </p>
      {change.problem === null ? null : <ErrorSummary problem={change.problem} />}
      <form
        id={`${SETUP_FORM}-form`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <BoardSetupInputs adding={adding} fields={fields} setFields={setFields} errorFor={change.errorFor} />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={change.busy}>
            {adding ? 'Add the board' : 'Save the changes'}
          </button>
          {adding ? null : (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={onDone}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
