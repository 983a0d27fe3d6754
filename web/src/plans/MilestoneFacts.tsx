import { Link } from 'react-router';
import type { MilestoneDetail, RelatedMilestone } from './planTypes.js';
import { SummaryRow as Row } from '../shared/govuk.js';

function Related({ planId, items }: { planId: number; items: RelatedMilestone[] }) {
  return (
    <ul className="govuk-list">
      {items.map((item) => (
        <li key={item.ref}>
          <Link className="govuk-link" to={`/plans/${planId}/milestones/${encodeURIComponent(item.ref)}`}>
            {item.ref} {item.title}
          </Link>{' '}
          <span className="bl-secondary">({item.status ?? 'no update yet'})</span>
        </li>
      ))}
    </ul>
  );
}

/** What the plan says about a milestone, as a GOV.UK summary list. */
export function MilestoneFacts({ detail }: { detail: MilestoneDetail }) {
  const m = detail.milestone;
  const planId = detail.plan.id;
  return (
    <dl className="govuk-summary-list">
      <Row label="The plan says">{m.text}</Row>
      <Row label="Due">
        {m.currentDue === m.due ? (
          m.due
        ) : (
          <>
            {m.currentDue} <span className="bl-secondary">(the plan said {m.due})</span>
          </>
        )}
      </Row>
      <Row label={m.leads.length === 1 ? 'Lead' : 'Leads'}>
        {m.leads.map((lead) => `${lead.name} (${lead.code})`).join('; ')}
      </Row>
      <Row label="Part of">{m.path.map((step) => step.title).join(' › ')}</Row>
      {m.programmeLabel === null ? null : <Row label="Programme">{m.programmeLabel}</Row>}
      {m.quantity === null ? null : <Row label="Quantity">{m.quantity}</Row>}
      {m.dependsOn.length === 0 ? null : (
        <Row label="Depends on">
          <Related planId={planId} items={m.dependsOn} />
        </Row>
      )}
      {m.neededBy.length === 0 ? null : (
        <Row label="Needed by">
          <Related planId={planId} items={m.neededBy} />
        </Row>
      )}
      {m.links.length === 0 ? null : (
        <Row label="Delivers">
          <ul className="govuk-list">
            {m.links.map((link) => (
              <li key={`${link.planKey}:${link.nodeRef}`}>
                {link.type === 'contributes-to' ? 'Contributes to ' : ''}
                {link.target === null ? (
                  `${link.planKey} ${link.nodeRef}`
                ) : (
                  <>
                    <Link className="govuk-link" to={`/plans/${link.target.planId}`}>
                      {link.target.nodeTitle}
                    </Link>{' '}
                    <span className="bl-secondary">({link.target.planTitle})</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </Row>
      )}
    </dl>
  );
}
