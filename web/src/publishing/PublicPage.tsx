import { lazy } from 'react';
import { ChartSuspense } from '../shared/ChartSuspense.js';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useLocation } from 'react-router';
import { getJson } from '../shared/client.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { WarningText } from '../shared/govuk.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { OpenDataDownloads } from './OpenDataDownloads.js';
import { OpenDataTableView } from './OpenDataTableView.js';
import { openDataApiPath, type OpenDataTable, type OpenDataView } from './openDataTypes.js';

// ECharts is large: only pages with a chart load it.
const OpenDataChart = lazy(() => import('./OpenDataChart.js').then((m) => ({ default: m.OpenDataChart })));

function tableNamed(view: OpenDataView, name: string): OpenDataTable | undefined {
  return view.tables.find((table) => table.name === name);
}

function Chart({ view }: { view: OpenDataView }) {
  const spec = view.chart;
  const table = spec === null ? undefined : tableNamed(view, spec.table);
  if (spec === null || table === undefined) return null;
  return (
    // Drawn by script: a page read without JavaScript leaves it out and shows the same figures' table.
    <div className="bl-public-figure bl-public-figure--chart">
      <h2 className="govuk-heading-m" id="chart-heading">
        {spec.title}
      </h2>
      <figure className="bl-chart" role="img" aria-label={spec.description}>
        <ChartSuspense>
          <OpenDataChart spec={spec} table={table} />
        </ChartSuspense>
      </figure>
      <p className="govuk-body">
        <a className="govuk-link" href={`#table-${table.name}`}>
          Show the figures as a table
        </a>
      </p>
    </div>
  );
}

/** The server draws the map and escapes every text in it; it sits in the page so its links work. */
function Picture({ view }: { view: OpenDataView }) {
  const svg = view.svg;
  if (svg === null) return null;
  return (
    <div className="bl-public-figure">
      <h2 className="govuk-heading-m" id="picture-heading">
        {svg.title}
      </h2>
      <figure className="bl-tile-map" aria-labelledby="picture-caption">
        <div
          className="bl-tile-map__svg"
          data-testid="open-data-svg"
          dangerouslySetInnerHTML={{ __html: svg.markup }}
        />
        <figcaption className="govuk-body-s bl-tile-map__caption" id="picture-caption">
          {svg.caption}{' '}
          <a className="govuk-link" href={`#table-${svg.table}`}>
            Show the figures as a table
          </a>
        </figcaption>
      </figure>
    </div>
  );
}

function Texts({ view }: { view: OpenDataView }) {
  return (
    <>
      <p className="govuk-body-l">{view.lead}</p>
      {view.warnings.map((warning) => (
        <WarningText key={warning}>{warning}</WarningText>
      ))}
      {view.highlights.map((highlight) => (
        <div className="govuk-inset-text bl-public-highlight" key={highlight}>
          {highlight}
        </div>
      ))}
    </>
  );
}

function Related({ view }: { view: OpenDataView }) {
  if (view.links.length === 0) return null;
  return (
    <nav className="bl-public-links" aria-labelledby="related-heading">
      <h2 className="govuk-heading-m" id="related-heading">
        See also
      </h2>
      <ul className="govuk-list">
        {view.links.map((link) => (
          <li key={link.path}>
            <Link className="govuk-link" to={link.path}>
              {link.label}
            </Link>
            {link.description === undefined ? null : <span className="bl-public-links__note">{link.description}</span>}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Notes({ view }: { view: OpenDataView }) {
  if (view.notes.length === 0) return null;
  return (
    <section className="bl-public-notes" aria-labelledby="notes-heading">
      <h2 className="govuk-heading-s" id="notes-heading">
        About these figures
      </h2>
      <ul className="govuk-list govuk-list--bullet govuk-body-s">
        {view.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}

function View({ view }: { view: OpenDataView }) {
  return (
    <>
      <h1 className="govuk-heading-xl bl-public-title">{view.title}</h1>
      <Texts view={view} />
      <Related view={view} />
      <Chart view={view} />
      <Picture view={view} />
      {view.tables.map((table) => (
        <OpenDataTableView key={table.name} table={table} />
      ))}
      <Notes view={view} />
      <OpenDataDownloads view={view} />
    </>
  );
}

/**
 * Every page of the public transparency site: it asks the API for the view at its own address
 * and shows it. An address that names the latest of something (/public/priorities) moves to the
 * view's own stable address.
 */
export function PublicPage() {
  const { pathname } = useLocation();
  const path = pathname.replace(/\/+$/, '') || '/public';
  const query = useQuery({
    queryKey: ['open-data', path],
    queryFn: () => getJson<OpenDataView>(openDataApiPath(path)),
  });
  usePageTitle(query.data?.title ?? (query.error ? 'Page not found' : 'Loading'));
  if (query.data !== undefined && query.data.path !== path) return <Navigate to={query.data.path} replace />;
  const trail = query.data?.trail ?? [];
  return (
    <>
      {trail.length === 0 ? null : <Breadcrumbs trail={trail.map((step) => ({ to: step.path, label: step.label }))} />}
      {query.error ? <h1 className="govuk-heading-xl">Page not found</h1> : null}
      <QueryState {...query} what="this page">
        {(view) => <View view={view} />}
      </QueryState>
    </>
  );
}
