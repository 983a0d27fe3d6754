import { Link } from 'react-router';
import type { PlanCoverage } from './planTypes.js';
import { displayRef, milestoneLink, nodeLink } from './planText.js';

export type CoverageNode = PlanCoverage['nodes'][number];
type Deliverer = CoverageNode['deliveredBy'][number];

/**
 * Coverage is a flag for the plan's authors, not a verdict on performance: no red. Only something
 * that names the commitment delivers it; a linked chapter alone leaves it undelivered.
 */
export const COVERAGE_TAGS: Record<CoverageNode['coverage'], { className: string; label: string }> = {
  direct: { className: 'govuk-tag--green', label: 'Delivered' },
  'through-parent': { className: 'govuk-tag--orange', label: 'Nothing delivers this' },
  none: { className: 'govuk-tag--orange', label: 'Nothing delivers this' },
};

const DELIVERER_WORDS: Record<NonNullable<CoverageNode['deliverer']>['kind'], string> = {
  force: 'The force',
  'oversight-body': 'The oversight body itself',
  partner: 'A partner',
};

/** Who the plan says delivers a commitment, under its title: "The oversight body itself (MOPAC)". */
function WhoDelivers({ deliverer }: { deliverer: CoverageNode['deliverer'] }) {
  if (deliverer === null) return null;
  const words = DELIVERER_WORDS[deliverer.kind];
  return (
    <span className="govuk-body-s bl-plan-secondary bl-coverage-table__who" data-deliverer={deliverer.kind}>
      {deliverer.name === undefined ? words : `${words} (${deliverer.name})`}
    </span>
  );
}

function DelivererItem({ deliverer }: { deliverer: Deliverer }) {
  const to = deliverer.isMilestone
    ? milestoneLink(deliverer.planId, deliverer.ref)
    : nodeLink(deliverer.planId, deliverer.ref);
  const ref = displayRef(deliverer.ref);
  return (
    <li>
      {ref === null ? null : <span className="bl-code">{ref} </span>}
      <Link className="govuk-link" to={to}>
        {deliverer.title}
      </Link>
      {deliverer.type === 'contributes-to' ? <span className="bl-plan-secondary"> (contributes)</span> : null}
    </li>
  );
}

/** What delivers something, grouped by the plan it comes from. */
function Deliverers({ deliverers }: { deliverers: Deliverer[] }) {
  const byPlan = new Map<number, Deliverer[]>();
  for (const deliverer of deliverers)
    byPlan.set(deliverer.planId, [...(byPlan.get(deliverer.planId) ?? []), deliverer]);
  return (
    <>
      {[...byPlan.values()].map((group) => (
        <div key={group[0]?.planId} className="bl-coverage__plan">
          <span className="bl-coverage__plan-title">{group[0]?.planTitle}</span>
          <ul className="govuk-list bl-coverage__deliverers">
            {group.map((deliverer) => (
              <DelivererItem
                key={`${deliverer.type}-${deliverer.ref}-${deliverer.through ?? ''}`}
                deliverer={deliverer}
              />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function DirectDeliverers({ node }: { node: CoverageNode }) {
  const direct = node.deliveredBy.filter((deliverer) => deliverer.through === null);
  if (direct.length > 0) return <Deliverers deliverers={direct} />;
  return (
    <span className="bl-plan-secondary">
      {node.coverage === 'none'
        ? 'Nothing in any plan'
        : 'Its chapter is linked, but nothing names this commitment (see above)'}
    </span>
  );
}

/**
 * What delivers a chapter (or theme) as a whole, and so everything in it: said once above the
 * chapter's tables rather than on every row.
 */
export function InheritedDeliverers({ nodes }: { nodes: CoverageNode[] }) {
  const byAncestor = new Map<string, Map<string, Deliverer>>();
  for (const node of nodes) {
    for (const deliverer of node.deliveredBy) {
      if (deliverer.through === null) continue;
      const group = byAncestor.get(deliverer.through) ?? new Map<string, Deliverer>();
      group.set(`${deliverer.planId} ${deliverer.type} ${deliverer.ref}`, deliverer);
      byAncestor.set(deliverer.through, group);
    }
  }
  return [...byAncestor].map(([ancestor, deliverers]) => (
    <div className="bl-coverage-inherited" key={ancestor}>
      <p className="govuk-body-s bl-coverage-inherited__title">
        Linked to &ldquo;{ancestor}&rdquo; as a whole, without naming any commitment in it (context, not delivery):
      </p>
      <Deliverers deliverers={[...deliverers.values()]} />
    </div>
  ));
}

/** One table of commitments, with how each is delivered and by what. */
export function CoverageTable({
  caption,
  kindLabel,
  nodes,
}: {
  caption: string | null;
  kindLabel: string;
  nodes: CoverageNode[];
}) {
  const showRefs = nodes.some((node) => displayRef(node.ref) !== null);
  return (
    <table className="govuk-table bl-coverage-table">
      <caption className={caption === null ? 'govuk-visually-hidden' : 'govuk-table__caption govuk-table__caption--s'}>
        {caption ?? kindLabel}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {showRefs ? (
            <th scope="col" className="govuk-table__header bl-coverage-table__ref">
              Ref
            </th>
          ) : null}
          <th scope="col" className="govuk-table__header bl-coverage-table__title">
            {kindLabel}
          </th>
          <th scope="col" className="govuk-table__header bl-coverage-table__coverage">
            Coverage
          </th>
          <th scope="col" className="govuk-table__header">
            What names it
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {nodes.map((node) => (
          <tr className="govuk-table__row" key={node.ref} data-coverage={node.coverage}>
            {showRefs ? <td className="govuk-table__cell bl-code">{displayRef(node.ref)}</td> : null}
            <th scope="row" className="govuk-table__header bl-coverage-table__title">
              {node.title}
              <WhoDelivers deliverer={node.deliverer} />
            </th>
            <td className="govuk-table__cell">
              <strong className={`govuk-tag ${COVERAGE_TAGS[node.coverage].className}`}>
                {COVERAGE_TAGS[node.coverage].label}
              </strong>
            </td>
            <td className="govuk-table__cell bl-coverage-table__deliverers">
              <DirectDeliverers node={node} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
