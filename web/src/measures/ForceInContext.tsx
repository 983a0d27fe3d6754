import { Link } from 'react-router';
import { FinanceTable, RepresentativenessTable, WorkforceTable, splitWorkforce } from './ResourceTables.js';
import { useResources } from './ResourcesPage.js';

/**
 * The resource figures a document published, shown with that document: an inspection report's
 * "force in context" panels are the figures whose source is the report. Nothing shows while they
 * load or when the report published none, so the inspection page reads the same without them.
 */
export function ForceInContext({ source }: { source: string }) {
  const query = useResources(source);
  if (query.data === undefined) return null;
  const { finance, workforce } = query.data;
  if (finance.length === 0 && workforce.length === 0) return null;
  const { counts, shares } = splitWorkforce(workforce);
  return (
    <section id="force-in-context" aria-labelledby="force-in-context-heading">
      <h2 className="govuk-heading-m" id="force-in-context-heading">
        Force in context
      </h2>
      <p className="govuk-body">
        The money and people figures this report published, as it gives them. The{' '}
        <Link className="govuk-link" to="/resources">
          resources page
        </Link>{' '}
        shows them beside the business plan&apos;s.
      </p>
      {finance.length > 0 ? <FinanceTable figures={finance} caption="Spending" captionSize="s" /> : null}
      {counts.length > 0 ? <WorkforceTable figures={counts} caption="Workforce" captionSize="s" /> : null}
      {shares.length > 0 ? (
        <RepresentativenessTable figures={shares} caption="Workforce and population" captionSize="s" />
      ) : null}
    </section>
  );
}
