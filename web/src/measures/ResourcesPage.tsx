import { useQuery } from '@tanstack/react-query';
import { getJson } from '../shared/client.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { FinanceTable, RepresentativenessTable, WorkforceTable, splitWorkforce } from './ResourceTables.js';
import type { Resources } from './resourceText.js';

/** The force's resources; with a source, only the figures that document published. */
export function useResources(source?: string) {
  return useQuery({
    queryKey: ['resources', source ?? null],
    queryFn: () => getJson<Resources>('/api/resources', source === undefined ? {} : { source }),
  });
}

function ResourceSections({ resources }: { resources: Resources }) {
  const { counts, shares } = splitWorkforce(resources.workforce);
  if (resources.finance.length === 0 && resources.workforce.length === 0) {
    return (
      <p className="govuk-body" id="no-resources">
        No budget or workforce figures are held yet. The performance team loads them as finance and workforce measures,
        each figure from the document that published it.
      </p>
    );
  }
  return (
    <>
      {resources.finance.length > 0 ? <FinanceTable figures={resources.finance} /> : null}
      {counts.length > 0 ? <WorkforceTable figures={counts} /> : null}
      {shares.length > 0 ? (
        <>
          <RepresentativenessTable figures={shares} caption="Representativeness" />
          <p className="govuk-body-s bl-secondary-text" id="population-note">
            London&apos;s population shares are the local population the inspectorate compared the workforce with.
            {shares.some((f) => f.areaCode === 'england-and-wales')
              ? ' No document gives London’s share of women, so female officers are compared with England and Wales.'
              : null}
          </p>
        </>
      ) : null}
    </>
  );
}

export function ResourcesPage() {
  const query = useResources();
  usePageTitle('Resources');
  return (
    <>
      <h1 className="govuk-heading-l">Resources</h1>
      <p className="govuk-body">
        The force&apos;s money and people, as the documents that published them give them: the business plan, the
        inspectorate&apos;s report and others. Each figure names its document and the date it stood; forecasts are
        marked. Where two documents give a figure for the same year, both are shown.
      </p>
      <QueryState {...query} what="the resources">
        {(resources) => <ResourceSections resources={resources} />}
      </QueryState>
    </>
  );
}
