import { useState } from 'react';
import { useParams } from 'react-router';
import { findingPath, useFinding } from './findingResponseQueries.js';
import type { FindingPageData, LinkedMilestone } from './findingResponseTypes.js';
import type { OrganisationOverview } from '../shared/types.js';
import { useOrganisation, useSession } from '../shared/queries.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { AddActionForm, LinkMilestoneForm } from './FindingActionForms.js';
import { EvidenceList, FindingFacts, FindingHistory, RelatedFindings } from './FindingFacts.js';
import { DecisionForm, RecordProgressForm } from './FindingMoveForms.js';
import { ErrorSummary, SuccessBanner } from '../shared/formParts.js';
import { FindingMeasures, LinkMeasureForm } from './FindingMeasures.js';
import { LinkedMilestoneTable } from './LinkedMilestoneTable.js';
import { PublishedResponse, PublishResponseForm } from './PublicResponse.js';
import { QueryState } from '../shared/QueryState.js';
import { useFindingChange } from './useFindingChange.js';
import { usePageTitle } from '../shared/usePageTitle.js';

interface Powers {
  csrfToken: string;
  respond: boolean;
  decide: boolean;
}

/** An owner answers for the findings their units own: the unit itself, or the business group above it. */
function covers(scope: readonly string[], owner: string | null, organisation: OrganisationOverview | undefined) {
  if (owner === null) return false;
  if (scope.includes(owner)) return true;
  const group = organisation?.businessGroups.find((g) => g.units.some((unit) => unit.code === owner));
  return group !== undefined && scope.includes(group.code);
}

/** What the signed-in user may do to this finding; the server checks again on every change. */
function usePowers(data: FindingPageData | undefined): Powers | null {
  const session = useSession().data;
  const organisation = useOrganisation(undefined).data;
  if (session?.user == null || session.csrfToken === null || data === undefined) return null;
  const { role, scope } = session.user;
  const decide = role === 'performance' || role === 'admin';
  const respond = decide || (role === 'owner' && covers(scope, data.finding.owner, organisation));
  return respond ? { csrfToken: session.csrfToken, respond, decide } : null;
}

interface SectionProps {
  data: FindingPageData;
  powers: Powers | null;
  announce: (text: string) => void;
}

function Actions({ data }: { data: FindingPageData }) {
  if (data.actions.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">Actions</h2>
        <p className="govuk-body">No actions yet.</p>
      </>
    );
  }
  return <LinkedMilestoneTable id="finding-actions" caption="Actions" links={data.actions} />;
}

function AddressedBy({ data, powers, announce }: SectionProps) {
  const change = useFindingChange(powers?.csrfToken ?? '', announce);
  const caption = 'Business plan milestones that address it';
  if (data.addressedBy.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{caption}</h2>
        <p className="govuk-body">No milestone of another plan is linked to this finding.</p>
      </>
    );
  }
  const unlink = (link: LinkedMilestone) => (
    <button
      type="button"
      className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
      disabled={change.busy}
      onClick={() => {
        const path = `${findingPath(data.inspection.key, data.finding.ref)}/links/${encodeURIComponent(link.planKey)}/${encodeURIComponent(link.milestoneRef)}`;
        void change.send('DELETE', path, undefined, `${link.milestoneRef} is no longer linked to ${data.finding.ref}.`);
      }}
    >
      Unlink<span className="govuk-visually-hidden"> {link.milestoneRef}</span>
    </button>
  );
  return (
    <>
      {change.failure === null ? null : (
        <ErrorSummary problem={{ message: change.failure.message, target: 'finding-addressed' }} />
      )}
      <LinkedMilestoneTable
        id="finding-addressed"
        caption={caption}
        links={data.addressedBy}
        showPlan
        {...(powers?.decide === true ? { action: unlink } : {})}
      />
    </>
  );
}

function Forms({ data, powers, announce }: SectionProps) {
  if (powers === null) return null;
  const props = { path: findingPath(data.inspection.key, data.finding.ref), csrfToken: powers.csrfToken, announce };
  const key = `${data.finding.state} ${data.history.length}`;
  return (
    <div className="bl-response-forms">
      <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
      {powers.respond ? (
        <RecordProgressForm key={`p ${key}`} finding={data.finding} decides={powers.decide} {...props} />
      ) : null}
      {powers.decide ? <DecisionForm key={`d ${key}`} finding={data.finding} {...props} /> : null}
      {powers.decide && data.finding.kind !== 'good-practice' ? <AddActionForm data={data} {...props} /> : null}
      {powers.decide ? <LinkMilestoneForm data={data} {...props} /> : null}
      {powers.decide ? <LinkMeasureForm data={data} csrfToken={powers.csrfToken} announce={announce} /> : null}
      {powers.decide ? (
        <PublishResponseForm key={`r ${data.publicResponse?.summary ?? ''}`} data={data} {...props} />
      ) : null}
    </div>
  );
}

function Finding({
  data,
  notice,
  announce,
}: {
  data: FindingPageData;
  notice: string | null;
  announce: (text: string) => void;
}) {
  const powers = usePowers(data);
  // The notes, evidence and moves are working papers: a signed-out reader gets the published summary only.
  const signedIn = useSession().data?.user != null;
  const { finding } = data;
  return (
    <>
      {notice === null ? null : <SuccessBanner text={notice} />}
      <span className="govuk-caption-l">{data.inspection.title}</span>
      <h1 className="govuk-heading-l">
        {finding.kindLabel} {finding.ref}
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l" id="finding-text">
            {finding.text}
          </p>
          {finding.parts.length === 0 ? null : (
            <ul className="govuk-list govuk-list--bullet" id="finding-parts">
              {finding.parts.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <FindingFacts data={data} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PublishedResponse data={data} />
        </div>
      </div>
      <RelatedFindings data={data} />
      <Actions data={data} />
      <AddressedBy data={data} powers={powers} announce={announce} />
      <FindingMeasures data={data} csrfToken={powers?.decide === true ? powers.csrfToken : null} announce={announce} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {signedIn ? <EvidenceList data={data} /> : null}
          {signedIn ? <FindingHistory data={data} /> : null}
          <Forms data={data} powers={powers} announce={announce} />
        </div>
      </div>
    </>
  );
}

export function FindingPage() {
  const { inspectionKey = '', ref = '' } = useParams();
  const query = useFinding(inspectionKey, ref);
  // The banner belongs to the finding it was about, not to the next one opened from a link.
  const [notice, setNotice] = useState<{ ref: string; text: string } | null>(null);
  const data = query.data;
  usePageTitle(data ? `${data.finding.kindLabel} ${data.finding.ref}` : 'Finding');
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: '/inspections', label: 'Inspections' },
          { to: `/inspections/${inspectionKey}`, label: data?.inspection.title ?? 'Inspection' },
          { to: `/findings?inspection=${inspectionKey}`, label: 'Findings tracker' },
        ]}
      />
      <QueryState {...query} what="the finding">
        {(page) => (
          <Finding
            // A link to a related finding keeps this page mounted: the key gives each finding fresh forms.
            key={`${page.inspection.key}/${page.finding.ref}`}
            data={page}
            notice={notice?.ref === ref ? notice.text : null}
            announce={(text) => {
              setNotice({ ref, text });
            }}
          />
        )}
      </QueryState>
    </>
  );
}
