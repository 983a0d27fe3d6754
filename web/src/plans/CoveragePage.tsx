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
  const total = counts.direct + counts['through-parent'] + counts.none;
  const plural = kind.plural.toLowerCase();
  const figures = [
    { key: 'direct', value: counts.direct, label: 'delivered directly' },
    { key: 'through-parent', value: counts['through-parent'], label: 'only through their chapter' },
    { key: 'none', value: counts.none, label: 'delivered by nothing' },
  ];
  return (
    <>
      <p className="govuk-body" id="coverage-total">
        The plan has {countOf(total, kind.label.toLowerCase(), plural)}: {counts.direct} delivered directly,{' '}
        {counts['through-parent']} only through their chapter and {counts.none} by nothing.
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
          Show only the {plural} that nothing delivers ({coverage.counts.none})
        </Link>
      )}
    </p>
  );
}

function CoverageChapters({ coverage, onlyNone }: { coverage: PlanCoverage; onlyNone: boolean }) {
  const nodes = onlyNone ? coverage.nodes.filter((node) => node.coverage === 'none') : coverage.nodes;
  if (nodes.length === 0) {
    return (
      <div className="govuk-inset-text" id="coverage-empty">
        Something delivers every {coverage.kind.label.toLowerCase()} in this plan, directly or through its chapter.
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
          For each of the plan&apos;s {plural}, what in other plans delivers it: directly, or only through the chapter
          it sits in.
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
            <CoverageChapters coverage={data} onlyNone={onlyNone} />
          </>
        )}
      </QueryState>
    </>
  );
}
