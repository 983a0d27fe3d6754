import { Link } from 'react-router';
import type { LinkView, MilestoneSummary, PlanNodeView, StatusDefinition } from './planTypes.js';
import { NodeProgress } from './ProgressBar.js';
import { StatusTag } from './StatusTag.js';
import { countOf, displayRef, milestoneLink, nodeAnchor, nodeLink } from './planText.js';
import { Table } from '../shared/govuk.js';

interface TreeProps {
  planId: number;
  statuses: readonly StatusDefinition[];
}

const LINK_WORDS: Record<LinkView['type'], string> = { delivers: 'Delivers', 'contributes-to': 'Contributes to' };

/** Short notes ("To be developed") read as a tag; longer ones as inset text. */
function NodeNote({ note }: { note: string }) {
  if (note.length <= 40) {
    return (
      <p className="govuk-body">
        <strong className="govuk-tag govuk-tag--yellow">{note}</strong>
      </p>
    );
  }
  return <div className="govuk-inset-text bl-plan-node__note">{note}</div>;
}

/** What this node delivers or contributes to in other plans. */
function NodeLinks({ links }: { links: LinkView[] }) {
  if (links.length === 0) return null;
  return (
    <ul className="govuk-list govuk-body-s bl-plan-node__links">
      {links.map((link) => (
        <li key={`${link.type}-${link.planKey}-${link.nodeRef}`}>
          {LINK_WORDS[link.type]}:{' '}
          {link.target ? (
            <>
              <Link className="govuk-link" to={nodeLink(link.target.planId, link.nodeRef)}>
                {link.target.nodeTitle}
              </Link>{' '}
              <span className="bl-plan-secondary">({link.target.planTitle})</span>
            </>
          ) : (
            <span className="bl-code">
              {link.planKey} {link.nodeRef}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function MilestoneRow({ planId, milestone }: { planId: number; milestone: MilestoneSummary }) {
  const revised = milestone.currentDue !== milestone.due;
  return (
    <tr className="govuk-table__row">
      <td className="govuk-table__cell bl-code bl-nowrap">{milestone.ref}</td>
      <td className="govuk-table__cell">
        <Link className="govuk-link" to={milestoneLink(planId, milestone.ref)}>
          {milestone.title}
        </Link>
      </td>
      <td className="govuk-table__cell">
        {milestone.leads.map((lead) => (
          <abbr key={lead.code} title={lead.name} className="bl-plan-lead">
            {lead.code}
          </abbr>
        ))}
      </td>
      <td className="govuk-table__cell">
        {milestone.currentDue}
        {revised ? <span className="bl-plan-secondary bl-plan-block">was {milestone.due}</span> : null}
      </td>
      <td className="govuk-table__cell">
        <StatusTag status={milestone.status} />
      </td>
    </tr>
  );
}

function NodeMilestones({ planId, node }: { planId: number; node: PlanNodeView }) {
  if (node.milestones.length === 0) return null;
  return (
    <Table
      caption={
        <>
          {countOf(node.milestones.length, 'milestone', 'milestones')}{' '}
          <span className="govuk-visually-hidden"> in {node.title}</span>
        </>
      }
      captionSize="s"
      columns={[
        { label: 'Ref', className: 'bl-plan-milestones__ref' },
        'Milestone',
        { label: 'Lead', className: 'bl-plan-milestones__lead' },
        { label: 'Due', className: 'bl-plan-milestones__due' },
        { label: 'Latest status', className: 'bl-plan-milestones__status' },
      ]}
      className="bl-plan-milestones"
    >
      {node.milestones.map((milestone) => (
        <MilestoneRow key={milestone.ref} planId={planId} milestone={milestone} />
      ))}
    </Table>
  );
}

const HEADINGS = [
  { Tag: 'h2', className: 'govuk-heading-l', caption: 'govuk-caption-m' },
  { Tag: 'h3', className: 'govuk-heading-m', caption: 'bl-plan-node__kind--small' },
  { Tag: 'h4', className: 'govuk-heading-s', caption: 'bl-plan-node__kind--small' },
] as const;

/** A part with nothing beneath it: below the top level, it takes a smaller heading (of the same level). */
function isLeaf(node: PlanNodeView): boolean {
  return node.children.length === 0 && node.milestones.length === 0;
}

function NodeHeading({ node, depth }: { node: PlanNodeView; depth: number }) {
  const { Tag, className, caption } = HEADINGS[Math.min(depth, HEADINGS.length - 1)] ?? HEADINGS[2];
  const ref = displayRef(node.ref);
  const size = depth > 0 && isLeaf(node) ? 'govuk-heading-s' : className;
  return (
    <Tag className={`${size} bl-plan-node__heading`} id={nodeAnchor(node.ref)} tabIndex={-1}>
      <span className={`${caption} bl-plan-node__kind`}>
        {node.kindLabel}
        {ref === null ? null : ` ${ref}`}
      </span>
      {node.title}
    </Tag>
  );
}

function NodeSection({ node, depth, planId, statuses }: TreeProps & { node: PlanNodeView; depth: number }) {
  const level = Math.min(depth, 3);
  return (
    <div
      className={`bl-plan-node bl-plan-node--depth-${level}${isLeaf(node) ? ' bl-plan-node--leaf' : ''}`}
      data-ref={node.ref}
    >
      <NodeHeading node={node} depth={depth} />
      {node.text ? <p className="govuk-body bl-plan-node__text">{node.text}</p> : null}
      {node.note ? <NodeNote note={node.note} /> : null}
      {node.progress.milestones > 0 && node.children.length > 0 ? (
        <NodeProgress progress={node.progress} statuses={statuses} />
      ) : null}
      <NodeLinks links={node.links} />
      <NodeMilestones planId={planId} node={node} />
      {node.children.map((child) => (
        <NodeSection key={child.ref} node={child} depth={depth + 1} planId={planId} statuses={statuses} />
      ))}
    </div>
  );
}

/** The whole plan, part by part: headings step down a level with each level of the tree. */
export function PlanTree({ nodes, planId, statuses }: TreeProps & { nodes: PlanNodeView[] }) {
  return (
    <div className="bl-plan-tree">
      {nodes.map((node) => (
        <NodeSection key={node.ref} node={node} depth={0} planId={planId} statuses={statuses} />
      ))}
    </div>
  );
}

/** Links to the top-level parts of a long plan. */
export function PlanContents({ nodes }: { nodes: PlanNodeView[] }) {
  return (
    <nav className="bl-plan-contents" aria-labelledby="plan-contents">
      <h2 className="govuk-heading-s" id="plan-contents">
        Contents
      </h2>
      <ol className="govuk-list bl-plan-contents__list">
        {nodes.map((node) => {
          const ref = displayRef(node.ref);
          return (
            <li key={node.ref}>
              <a className="govuk-link" href={`#${nodeAnchor(node.ref)}`}>
                {node.kindLabel}
                {ref === null ? '' : ` ${ref}`}: {node.title}
              </a>
              {node.progress.milestones > 0 ? (
                <span className="bl-plan-secondary">
                  {' '}
                  ({countOf(node.progress.milestones, 'milestone', 'milestones')})
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
