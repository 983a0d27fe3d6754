import { Link, useParams, useSearchParams } from 'react-router';
import { useCoverage, usePlan } from './planQueries.js';
import type { PlanCoverage, PlanDetail } from './planTypes.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { CoverageTable, InheritedDeliverers, type CoverageNode } from './CoverageTable.js';
import { PlanProblem } from './PlanProblem.js';
import { QueryState } from '../shared/QueryState.js';
import { countOf, withArticle } from './planText.js';
import { usePageTitle } from '../shared/usePageTitle.js';

interface Chapter {
  chapter: string | null;
  tables: { caption: string | null; nodes: CoverageNode[] }[];
}

/** Commitments by chapter, then by the rest of their path (a theme), in the plan's order. */
function groupByChapter(nodes: CoverageNode[]): Chapter[] {
  const chapters: Chapter[] = [];
  for (const node of nodes) {
    const chapter = node.path[0] ?? null;
    const caption = node.path.slice(1).join(' › ') || null;
    let group = chapters.at(-1);
    if (group?.chapter !== chapter) {
      group = { chapter, tables: [] };
      chapters.push(group);
    }
    let table = group.tables.at(-1);
    if (table?.caption !== caption) {
      table = { caption, nodes: [] };
      group.tables.push(table);
    }
    table.nodes.push(node);
  }
  return chapters;
}

/** The search string for a change to the page's options, keeping the others. */
function searchWith(params: URLSearchParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  const text = next.toString();
  return text === '' ? '' : `?${text}`;
}

function KindChoice({ detail, current }: { detail: PlanDetail | undefined; current: string }) {
  const [params] = useSearchParams();
  const kinds = detail?.counts.filter((count) => count.count > 0) ?? [];
  if (kinds.length < 2) return null;
  return (
    <nav className="bl-coverage-kinds" aria-label="Level of the plan to check">
      <span className="govuk-body-s">Check a different level of the plan: </span>
      <ul className="bl-coverage-kinds__list">
        {kinds.map((kind) => (
          <li key={kind.kind} className="govuk-body-s">
            {kind.kind === current ? (
              <strong aria-current="true">{kind.plural}</strong>
            ) : (
              <Link className="govuk-link" to={{ search: searchWith(params, { kind: kind.kind, show: null }) }}>
                {kind.plural}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function CoverageFigures({ coverage }: { coverage: PlanCoverage }) {
  const { counts, kind } = coverage;
  const total = counts.delivered + counts.notDelivered;
  const plural = kind.plural.toLowerCase();
  const figures = [
    { key: 'delivered', value: counts.delivered, label: 'delivered: something names them' },
    { key: 'not-delivered', value: counts.notDelivered, label: 'delivered by nothing' },
    { key: 'through-parent', value: counts['through-parent'], label: 'of those, only their chapter is linked' },
    {
      key: 'oversight-body',
      value: coverage.oversightBodyDelivers.length,
      label: 'the oversight body delivers itself',
    },
  ];
  return (
    <>
      <p className="govuk-body" id="coverage-total">
        The plan has {countOf(total, kind.label.toLowerCase(), plural)}: {counts.delivered} delivered and{' '}
        {counts.notDelivered} that nothing delivers ({counts['through-parent']} of them sit in a chapter that is linked
        as a whole).
      </p>
      <div className="bl-figures" id="coverage-figures">
        {figures.map((figure) => (
          <div className={`bl-figure bl-coverage-figure--${figure.key}`} key={figure.key} data-coverage={figure.key}>
            <span className="bl-figure__value">{figure.value}</span>
            <span className="bl-figure__label">{figure.label}</span>
          </div>
        ))}
      </div>
    </>
  );
}

function ShowFilter({ coverage, onlyNone }: { coverage: PlanCoverage; onlyNone: boolean }) {
  const [params] = useSearchParams();
  const plural = coverage.kind.plural.toLowerCase();
  return (
    <p className="govuk-body bl-coverage-filter">
      {onlyNone ? (
        <>
          Showing only the {plural} that nothing delivers.{' '}
          <Link className="govuk-link" to={{ search: searchWith(params, { show: null }) }}>
            Show all {plural}
          </Link>
        </>
      ) : (
        <Link className="govuk-link" to={{ search: searchWith(params, { show: 'none' }) }}>
          Show only the {plural} that nothing delivers ({coverage.counts.notDelivered})
        </Link>
      )}
    </p>
  );
}

function CoverageChapters({ coverage, onlyNone }: { coverage: PlanCoverage; onlyNone: boolean }) {
  const nodes = onlyNone ? coverage.nodes.filter((node) => !node.delivered) : coverage.nodes;
  if (nodes.length === 0) {
    return (
      <div className="govuk-inset-text" id="coverage-empty">
        Something in another plan names every {coverage.kind.label.toLowerCase()} in this plan as what it delivers.
      </div>
    );
  }
  return groupByChapter(nodes).map((group) => (
    <section key={group.chapter ?? ''} className="bl-coverage-chapter">
      <h2 className="govuk-heading-m">{group.chapter ?? coverage.kind.plural}</h2>
      <InheritedDeliverers nodes={group.tables.flatMap((table) => table.nodes)} />
      {group.tables.map((table) => (
        <CoverageTable
          key={table.caption ?? ''}
          caption={table.caption}
          kindLabel={coverage.kind.label}
          nodes={table.nodes}
        />
      ))}
    </section>
  ));
}

function Introduction({ coverage }: { coverage: PlanCoverage }) {
  const plural = coverage.kind.plural.toLowerCase();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{coverage.plan.owner}</span>
        <h1 className="govuk-heading-l">What delivers the {coverage.plan.title}</h1>
        <p className="govuk-body-l">
          For each of the plan&apos;s {plural}, what in other plans (the force&apos;s, the oversight body&apos;s own
          delivery plan, partners&apos;) names it as what it delivers.
        </p>
        <p className="govuk-body">
          A link to the chapter a {coverage.kind.label.toLowerCase()} sits in is shown for context but does not count:
          only a milestone or item that names the {coverage.kind.label.toLowerCase()} delivers it.
        </p>
        <p className="govuk-body">
          {withArticle(coverage.kind.label.toLowerCase())} that nothing delivers is a flag for the plan&apos;s authors
          to look at, not a judgement on anyone&apos;s performance.
        </p>
      </div>
    </div>
  );
}

export function CoveragePage() {
  const { planId = '' } = useParams();
  const [params] = useSearchParams();
  const kind = params.get('kind') ?? undefined;
  const onlyNone = params.get('show') === 'none';
  const coverage = useCoverage(planId, kind);
  const plan = usePlan(planId);
  const title = coverage.data?.plan.title;
  usePageTitle(title === undefined ? 'What delivers this plan' : `What delivers the ${title}`);
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: '/plans', label: 'Plans' },
          { to: `/plans/${planId}`, label: title ?? 'Plan' },
        ]}
      />
      <PlanProblem error={coverage.error} />
      <QueryState data={coverage.data} error={coverage.error} isPending={coverage.isPending} what="the plan's coverage">
        {(data) => (
          <>
            <Introduction coverage={data} />
            <KindChoice detail={plan.data} current={data.kind.key} />
            <CoverageFigures coverage={data} />
            <ShowFilter coverage={data} onlyNone={onlyNone} />
            <p className="govuk-body">
              <a
                className="govuk-link"
                href={`/api/plans/${data.plan.id}/coverage.csv${kind === undefined ? '' : `?kind=${encodeURIComponent(kind)}`}`}
                download
              >
                Download this coverage as CSV
              </a>
            </p>
            <CoverageChapters coverage={data} onlyNone={onlyNone} />
          </>
        )}
      </QueryState>
    </>
  );
}
