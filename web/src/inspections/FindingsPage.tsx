import { useNavigate, useSearchParams } from 'react-router';
import { useFindings, useInspectionDetails, useInspections } from './inspectionQueries.js';
import { FINDING_FILTER_KEYS, type FindingFilters, type FindingList } from './inspectionTypes.js';
import { useOrganisation, useSession } from '../shared/queries.js';
import { Link } from 'react-router';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { FindingFilterForm, type FilterChoices } from './FindingFilterForm.js';
import { FindingTable, type Names } from './FindingTable.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { formatDate } from '../shared/format.js';

function filtersFrom(params: URLSearchParams): FindingFilters {
  const filters: FindingFilters = {};
  for (const key of FINDING_FILTER_KEYS) {
    const value = params.get(key);
    if (value !== null && value !== '') filters[key] = value;
  }
  return filters;
}

/** The names behind the keys and codes the API answers with, so the table reads as the report does. */
function useNamesAndChoices(): { names: Names; choices: FilterChoices; ready: boolean } {
  const inspectionList = useInspections();
  const inspections = inspectionList.data?.inspections ?? [];
  const detailQueries = useInspectionDetails(inspections.map((inspection) => inspection.key));
  const details = detailQueries.flatMap((q) => (q.data ? [q.data] : []));
  // Until every report's components are in, the table would show bare component keys.
  const ready = inspectionList.data !== undefined && detailQueries.every((q) => !q.isPending);
  const organisation = useOrganisation(undefined).data;
  // Unfiltered, so the owner list does not shrink to the owners already chosen.
  const everything = useFindings({}).data?.findings ?? [];
  const units = new Map<string, string>();
  for (const group of organisation?.businessGroups ?? []) {
    units.set(group.code, group.name);
    for (const unit of group.units) units.set(unit.code, unit.name);
  }
  const owner = (code: string) => (units.has(code) ? `${units.get(code) ?? ''} (${code})` : code);
  const component = (inspectionKey: string, key: string) => {
    const detail = details.find((d) => d.key === inspectionKey);
    const found = detail?.pillars.flatMap((p) => p.components).find((c) => c.key === key);
    return found?.name ?? key;
  };
  const codes = [...new Set(everything.flatMap((f) => (f.owner === null ? [] : [f.owner])))].sort();
  const owners = codes.map((code) => ({ value: code, label: owner(code) }));
  return { names: { component, owner }, choices: { inspections, details, owners }, ready };
}

/** Links to the rows on screen as files: the same filters, and the same day overdue is judged on. */
function Downloads({ filters, on }: { filters: FindingFilters; on: string }) {
  const entries = Object.entries({ ...filters, on }).filter((e): e is [string, string] => e[1] !== undefined);
  const search = new URLSearchParams(entries).toString();
  return (
    <p className="govuk-body-s" id="findings-downloads">
      The findings above, with these filters:{' '}
      <a className="govuk-link" href={`/api/findings.xlsx?${search}`}>
        Download as XLSX
      </a>{' '}
      or{' '}
      <a className="govuk-link" href={`/api/findings.csv?${search}`}>
        Download as CSV
      </a>
      .
    </p>
  );
}

function Results({ list, names, filters }: { list: FindingList; names: Names; filters: FindingFilters }) {
  const count = list.findings.length;
  return (
    <>
      <div role="status">
        <h2 className="govuk-heading-m">{count === 1 ? '1 finding' : `${count} findings`}</h2>
      </div>
      <p className="govuk-body-s">Overdue is judged on {formatDate(list.on)}.</p>
      {count === 0 ? (
        <p className="govuk-body">No findings match these filters.</p>
      ) : (
        <FindingTable findings={list.findings} names={names} />
      )}
      <Downloads filters={filters} on={list.on} />
    </>
  );
}

/** The work waiting for the signed-in person: decisions for the performance team, answers for owners. */
function WorkLinks() {
  const role = useSession().data?.user?.role;
  if (role === 'performance' || role === 'admin') {
    return (
      <p className="govuk-body">
        <Link className="govuk-link" to="/findings/queue">
          Findings awaiting a decision
        </Link>
      </p>
    );
  }
  if (role !== 'owner') return null;
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to="/findings/mine">
        My findings
      </Link>
    </p>
  );
}

export function FindingsPage() {
  usePageTitle('Findings tracker');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filters = filtersFrom(params);
  const query = useFindings(filters);
  const { names, choices, ready } = useNamesAndChoices();
  const apply = (next: FindingFilters) => {
    const search = new URLSearchParams(Object.entries(next).filter((e): e is [string, string] => e[1] !== undefined));
    void navigate(search.size > 0 ? `/findings?${search.toString()}` : '/findings');
  };
  return (
    <>
      <Breadcrumbs trail={[{ to: '/inspections', label: 'Inspections' }]} />
      <h1 className="govuk-heading-l">Findings tracker</h1>
      <p className="govuk-body">
        Every cause of concern, recommendation and area for improvement from the inspection reports, who owns it, when
        it is due and where it has got to.
      </p>
      <WorkLinks />
      <FindingFilterForm
        key={`${params.toString()} ${String(choices.details.length)} ${String(choices.owners.length)}`}
        filters={filters}
        choices={choices}
        onApply={apply}
      />
      <QueryState {...query} isPending={query.isPending || !ready} what="the findings">
        {(list) => <Results list={list} names={names} filters={filters} />}
      </QueryState>
    </>
  );
}
