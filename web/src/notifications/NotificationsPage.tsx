import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { BodyOf, ResponseOf } from '../shared/apiTypes.js';
import { getJson } from '../shared/client.js';
import { FormSection, Radios, SuccessBanner } from '../shared/formParts.js';
import { useSession } from '../shared/queries.js';
import { useChange, useFormProblem } from '../shared/useChange.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { SignInLink } from '../shared/SignInLink.js';

type Settings = ResponseOf<'getNotificationSettings'>;

const FORM_ID = 'reminders';
const DIGEST = `${FORM_ID}-digest`;
const FEED_FORM = 'calendar-feed';

type Kind = Settings['kinds'][number]['kind'];

function KindCheckboxes(props: {
  settings: Settings;
  chosen: readonly Kind[];
  onToggle: (kind: Kind, on: boolean) => void;
}) {
  const { settings, chosen: kinds, onToggle: toggle } = props;
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby={`${FORM_ID}-kinds-hint`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Remind me when work is</legend>
        <div className="govuk-hint" id={`${FORM_ID}-kinds-hint`}>
          Each reminder is sent once. Overdue work is reminded of once, within 14 days of its deadline.
        </div>
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {settings.kinds.map(({ kind, label }) => (
            <div className="govuk-checkboxes__item" key={kind}>
              <input
                className="govuk-checkboxes__input"
                id={`${FORM_ID}-${kind}`}
                type="checkbox"
                checked={kinds.includes(kind)}
                onChange={(event) => {
                  toggle(kind, event.target.checked);
                }}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={`${FORM_ID}-${kind}`}>
                {label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

function ReminderForm({
  settings,
  csrfToken,
  onDone,
}: {
  settings: Settings;
  csrfToken: string;
  onDone: (text: string | null) => void;
}) {
  const [digest, setDigest] = useState(settings.digest ? 'digest' : 'each');
  const [kinds, setKinds] = useState(settings.kinds.filter((k) => k.on).map((k) => k.kind));
  const change = useChange(csrfToken, onDone, ['notification-settings']);
  const { problem, errorFor } = useFormProblem(FORM_ID, [DIGEST], change.failure, {});
  const submit = async () => {
    onDone(null);
    const body: BodyOf<'saveNotificationSettings'> = { digest: digest === 'digest', kinds };
    await change.send<Settings>(
      'POST',
      '/api/account/notifications',
      body,
      () => 'Your reminder choices have been saved.',
    );
  };
  const toggle = (kind: Settings['kinds'][number]['kind'], on: boolean) => {
    setKinds((current) => (on ? [...current, kind] : current.filter((k) => k !== kind)));
  };
  return (
    <FormSection
      formId={FORM_ID}
      heading="Reminders by e-mail"
      problem={problem}
      busy={change.busy}
      submit="Save reminder choices"
      onSubmit={() => void submit()}
    >
      <KindCheckboxes settings={settings} chosen={kinds} onToggle={toggle} />
      <Radios
        id={DIGEST}
        legend="How to send them"
        error={errorFor(DIGEST)}
        value={digest}
        onChange={setDigest}
        choices={[
          { value: 'digest', label: 'One message a day with all my reminders' },
          { value: 'each', label: 'A message for each reminder' },
        ]}
      />
    </FormSection>
  );
}

function CalendarFeed({ settings, csrfToken }: { settings: Settings; csrfToken: string }) {
  const [address, setAddress] = useState<string | null>(null);
  const change = useChange(csrfToken, () => undefined, ['notification-settings']);
  const { problem } = useFormProblem(FEED_FORM, [], change.failure, {});
  const make = async () => {
    const sent = await change.send<ResponseOf<'createCalendarFeed'>>(
      'POST',
      '/api/account/calendar-feed',
      undefined,
      () => '',
    );
    if (sent !== null) setAddress(`${window.location.origin}${sent.result.path}`);
  };
  const made = settings.calendarFeedCreatedAt;
  return (
    <FormSection
      formId={FEED_FORM}
      heading="Deadlines in your calendar"
      intro="Add your deadlines and the board meetings to Outlook or another calendar by subscribing to a private address. Anyone with the address can see your deadlines, so keep it to yourself."
      problem={problem}
      busy={change.busy}
      submit={settings.hasCalendarFeed ? 'Make a new calendar address' : 'Make a calendar address'}
      onSubmit={() => void make()}
    >
      {address !== null ? (
        <div className="govuk-inset-text">
          <p className="govuk-body">Your calendar address (shown only now; copy it into your calendar):</p>
          <p className="govuk-body" style={{ overflowWrap: 'anywhere' }}>
            <code id="calendar-feed-address">{address}</code>
          </p>
        </div>
      ) : made !== null ? (
        <p className="govuk-body">
          You made a calendar address on {made.slice(0, 10)}. Making a new one stops the old one working.
        </p>
      ) : null}
    </FormSection>
  );
}

/** Each signed-in person chooses their reminders here and makes the address of their calendar feed. */
export function NotificationsPage() {
  usePageTitle('Reminders and calendar');
  const session = useSession();
  const signedIn = session.data?.user != null;
  const settings = useQuery({
    queryKey: ['notification-settings'],
    queryFn: () => getJson<Settings>('/api/account/notifications'),
    enabled: signedIn,
  });
  const [saved, setSaved] = useState<string | null>(null);
  if (session.data === undefined) return null;
  const { user, csrfToken } = session.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {saved === null ? null : <SuccessBanner text={saved} />}
        <h1 className="govuk-heading-l">Reminders and calendar</h1>
        {user === null ? (
          <p className="govuk-body">
            <SignInLink className="govuk-link">Sign in</SignInLink> to choose your reminders.
          </p>
        ) : settings.data === undefined ? (
          <p className="govuk-body">
            {settings.isError ? 'Your settings could not be loaded. Try again later.' : 'Loading…'}
          </p>
        ) : (
          <>
            <p className="govuk-body">
              {settings.data.email === null
                ? 'Bluelamp has no e-mail address for you, so it sends you no reminders. Ask an administrator to add one.'
                : `Reminders go to ${settings.data.email}. To change the address, ask an administrator.`}
            </p>
            <ReminderForm
              key={String(settings.dataUpdatedAt)}
              settings={settings.data}
              csrfToken={csrfToken}
              onDone={setSaved}
            />
            <CalendarFeed settings={settings.data} csrfToken={csrfToken} />
          </>
        )}
      </div>
    </div>
  );
}
