import { Link, useParams } from 'react-router';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { HeadedRow, SummaryRow, Table } from '../shared/govuk.js';
import { QueryState } from '../shared/QueryState.js';
import { useSession } from '../shared/queries.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { useState } from 'react';
import { SuccessBanner } from '../shared/formParts.js';
import { useRisk } from './riskQueries.js';
import { ReviewForm } from './ReviewForm.js';
import { ScoreText } from './RiskTables.js';
import type { RiskPage as RiskPageData } from './riskTypes.js';

function LinkRows({ page }: { page: RiskPageData }) {
  const r = page.risk;
  return (
    <>
      <SummaryRow label="Linked milestones">
        {r.milestones.length === 0 ? (
          'None'
        ) : (
          <ul className="govuk-list">
            {r.milestones.map((m) => (
              <li key={`${m.plan} ${m.ref}`}>
                {m.ref} in {m.plan}
              </li>
            ))}
          </ul>
        )}
      </SummaryRow>
      <SummaryRow label="Linked inspection findings">
        {r.findings.length === 0 ? (
          'None'
        ) : (
          <ul className="govuk-list">
            {r.findings.map((f) => (
              <li key={`${f.inspection} ${f.ref}`}>
                <Link className="govuk-link" to={`/inspections/${f.inspection}/findings/${f.ref}`}>
                  {f.ref}
                </Link>{' '}
                in {f.inspection}
              </li>
            ))}
          </ul>
        )}
      </SummaryRow>
    </>
  );
}

function Facts({ page }: { page: RiskPageData }) {
  const r = page.risk;
  return (
    <dl className="govuk-summary-list">
      <SummaryRow label="Owner">{r.owner}</SummaryRow>
      <SummaryRow label="Cause">{r.cause}</SummaryRow>
      <SummaryRow label="Consequence">{r.consequence}</SummaryRow>
      <SummaryRow label="Inherent score (before controls)">{r.inherent.text}</SummaryRow>
      <SummaryRow label="Residual score (after controls)">{r.residual.text}</SummaryRow>
      <SummaryRow label="Treatment">{r.treatmentLabel}</SummaryRow>
      <SummaryRow label="Overseen by">{r.boards.join(', ')}</SummaryRow>
      <SummaryRow label="Controls">
        {r.controls.length === 0 ? (
          'None recorded'
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {r.controls.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        )}
      </SummaryRow>
      <SummaryRow label="Actions">
        {r.actions.length === 0 ? (
          'None recorded'
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {r.actions.map((a) => (
              <li key={a.text}>
                {a.text} ({a.owner}, due {a.dueOn})
              </li>
            ))}
          </ul>
        )}
      </SummaryRow>
      <LinkRows page={page} />
    </dl>
  );
}

function Reviews({ page }: { page: RiskPageData }) {
  if (page.reviews.length === 0) return <p className="govuk-body">No board has reviewed this risk at a meeting yet.</p>;
  return (
    <Table
      caption="Board reviews, oldest first"
      columns={['Date', 'Meeting', 'Residual agreed', 'Note', 'Recorded by']}
      id="risk-reviews"
    >
      {page.reviews.map((v) => (
        <HeadedRow key={v.meetingId} head={v.heldOn}>
          <td className="govuk-table__cell">
            <Link className="govuk-link" to={`/board/meetings/${v.meetingId}`}>
              {v.meetingTitle}
            </Link>
          </td>
          <td className="govuk-table__cell">
            <ScoreText score={v.residual} />
          </td>
          <td className="govuk-table__cell">{v.note}</td>
          <td className="govuk-table__cell">{v.recordedBy}</td>
        </HeadedRow>
      ))}
    </Table>
  );
}

function History({ page }: { page: RiskPageData }) {
  return (
    <Table
      caption="History: every version, newest first"
      columns={['Version', 'Change', 'When', 'By', 'Fields changed', 'Residual then']}
      id="risk-history"
    >
      {page.history.map((h) => (
        <HeadedRow key={h.version} head={String(h.version)}>
          <td className="govuk-table__cell">{h.change}</td>
          <td className="govuk-table__cell">{h.changedAt.slice(0, 16).replace('T', ' ')}</td>
          <td className="govuk-table__cell">{h.changedBy}</td>
          <td className="govuk-table__cell">{h.changedFields.length === 0 ? '—' : h.changedFields.join(', ')}</td>
          <td className="govuk-table__cell">
            <ScoreText score={h.residual} />
          </td>
        </HeadedRow>
      ))}
    </Table>
  );
}

/** One risk: what it is, its scores, the boards' reviews of it and every change made to it. */
export function RiskPage() {
  const { ref = '' } = useParams();
  usePageTitle(`Risk ${ref}`);
  const session = useSession();
  const user = session.data?.user ?? null;
  const risk = useRisk(ref, user !== null);
  const [notice, setNotice] = useState<string | null>(null);
  const edits = user !== null && (user.role === 'performance' || user.role === 'admin');
  return (
    <>
      <Breadcrumbs trail={[{ to: '/risks', label: 'Risk register' }]} />
      {notice === null ? null : <SuccessBanner text={notice} />}
      <QueryState {...risk} what="the risk">
        {(page) => (
          <>
            <span className="govuk-caption-l">
              Risk {page.risk.ref} · version {page.risk.version}
            </span>
            <h1 className="govuk-heading-l">{page.risk.title}</h1>
            {page.risk.scoreNote === null ? null : <div className="govuk-inset-text">{page.risk.scoreNote}</div>}
            {edits ? (
              <p className="govuk-body">
                <Link className="govuk-button govuk-button--secondary" to={`/risks/${page.risk.ref}/edit`}>
                  Edit this risk
                </Link>
              </p>
            ) : null}
            <Facts page={page} />
            <h2 className="govuk-heading-m">Reviews</h2>
            <Reviews page={page} />
            {edits && session.data?.csrfToken ? (
              <ReviewForm page={page} csrfToken={session.data.csrfToken} announce={setNotice} />
            ) : null}
            <h2 className="govuk-heading-m">History</h2>
            <History page={page} />
            <p className="govuk-body-s">{page.source}</p>
          </>
        )}
      </QueryState>
    </>
  );
}
