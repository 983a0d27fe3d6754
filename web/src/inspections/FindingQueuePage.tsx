import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { formatDate } from '../shared/format.js';
import { SuccessBanner } from '../shared/formParts.js';
import { TableHead } from '../shared/govuk.js';
import { useSession } from '../shared/queries.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { EvidenceList, FindingHistory } from './FindingFacts.js';
import { DecisionForm } from './FindingMoveForms.js';
import { findingPath, useFinding } from './findingResponseQueries.js';
import { useFindings } from './inspectionQueries.js';
import { findingPagePath } from './inspectionPaths.js';
import { KIND_WORDS } from './inspectionText.js';
import type { Finding } from './inspectionTypes.js';

const AWAITING = { state: 'evidence-submitted' } as const;

interface Chosen {
  inspection: string;
  ref: string;
}

/** What the owner submitted, and the decision form, for the finding chosen from the queue. */
function DecisionPanel({
  chosen,
  csrfToken,
  announce,
}: {
  chosen: Chosen;
  csrfToken: string;
  announce: (t: string) => void;
}) {
  const query = useFinding(chosen.inspection, chosen.ref);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [chosen.inspection, chosen.ref]);
  return (
    <section className="bl-response-form" aria-labelledby="queue-decision-heading">
      <h2 className="govuk-heading-l" id="queue-decision-heading" ref={heading} tabIndex={-1}>
        Decide on {chosen.ref}
      </h2>
      <QueryState {...query} what="the finding">
        {(data) => (
          <>
            <p className="govuk-body">{data.finding.text}</p>
            <p className="govuk-body">
              <Link className="govuk-link" to={findingPagePath(chosen.inspection, chosen.ref)}>
                Open the finding page for {chosen.ref}
              </Link>
            </p>
            <EvidenceList data={data} />
            <FindingHistory data={data} />
            <DecisionForm
              finding={data.finding}
              path={findingPath(chosen.inspection, chosen.ref)}
              csrfToken={csrfToken}
              announce={announce}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}

function QueueTable({ findings, onChoose }: { findings: readonly Finding[]; onChoose: (f: Finding) => void }) {
  return (
    <table className="govuk-table bl-findings" id="finding-queue">
      <caption className="govuk-table__caption govuk-table__caption--m">
        {findings.length === 1 ? '1 finding awaiting a decision' : `${findings.length} findings awaiting a decision`}
      </caption>
      <TableHead columns={['Ref', 'Kind', 'Finding', 'Owner', 'Due', 'Decision']} />
      <tbody className="govuk-table__body">
        {findings.map((finding) => (
          <tr className="govuk-table__row" key={`${finding.inspectionKey} ${finding.ref}`}>
            <th scope="row" className="govuk-table__header bl-nowrap">
              <Link className="govuk-link" to={findingPagePath(finding.inspectionKey, finding.ref)}>
                {finding.ref}
              </Link>
            </th>
            <td className="govuk-table__cell">{KIND_WORDS[finding.kind]}</td>
            <td className="govuk-table__cell govuk-body-s">{finding.text}</td>
            <td className="govuk-table__cell">{finding.owner ?? 'Not assigned'}</td>
            <td className="govuk-table__cell">
              {finding.dueOn === null ? 'No date set' : formatDate(finding.dueOn)}
              {finding.overdue ? <strong className="govuk-tag govuk-tag--red bl-tag--small">Overdue</strong> : null}
            </td>
            <td className="govuk-table__cell">
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                onClick={() => {
                  onChoose(finding);
                }}
              >
                Decide<span className="govuk-visually-hidden"> on {finding.ref}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The performance team's queue: every finding whose owner has submitted evidence, waiting for the
 * team to close it or return it; each is decided here, without going to the finding first.
 */
export function FindingQueuePage() {
  usePageTitle('Findings awaiting a decision');
  const session = useSession().data;
  const query = useFindings(AWAITING);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const role = session?.user?.role;
  const decides = role === 'performance' || role === 'admin';
  return (
    <>
      <Breadcrumbs trail={[{ to: '/findings', label: 'Findings tracker' }]} />
      {message === null ? null : <SuccessBanner text={message} />}
      <h1 className="govuk-heading-l">Findings awaiting a decision</h1>
      <p className="govuk-body">
        Owners have submitted evidence for these findings. Close each one on its evidence, or return it saying what more
        is needed.
      </p>
      {decides ? null : (
        <div className="govuk-inset-text">Only the performance team and administrators decide on findings.</div>
      )}
      <QueryState {...query} what="the findings">
        {(list) => {
          const open =
            chosen !== null && list.findings.some((f) => f.ref === chosen.ref && f.inspectionKey === chosen.inspection);
          return (
            <>
              {list.findings.length === 0 ? (
                <p className="govuk-body" id="finding-queue-empty">
                  No findings are awaiting a decision.
                </p>
              ) : (
                <QueueTable
                  findings={list.findings}
                  onChoose={(f) => {
                    setMessage(null);
                    setChosen({ inspection: f.inspectionKey, ref: f.ref });
                  }}
                />
              )}
              {open && decides && chosen !== null ? (
                <DecisionPanel
                  key={`${chosen.inspection} ${chosen.ref}`}
                  chosen={chosen}
                  csrfToken={session?.csrfToken ?? ''}
                  announce={(text) => {
                    setMessage(text);
                    setChosen(null);
                  }}
                />
              ) : null}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
