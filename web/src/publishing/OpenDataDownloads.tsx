import { csvDownloadUrl, jsonDownloadUrl, type OpenDataView } from './openDataTypes.js';

/** The page's open data: each table as CSV, the whole page as JSON, exactly what the page shows. */
export function OpenDataDownloads({ view }: { view: OpenDataView }) {
  return (
    <section className="bl-open-data" aria-labelledby="open-data-heading">
      <h2 className="govuk-heading-m" id="open-data-heading">
        Open data
      </h2>
      <p className="govuk-body">
        Download exactly what this page shows, free to reuse under the Open Government Licence. This page&apos;s address
        stays the same, so you can link to it or fetch the data again later.
      </p>
      <ul className="govuk-list bl-open-data__list">
        {view.tables.map((table) => (
          <li key={table.name}>
            <a className="govuk-link" href={csvDownloadUrl(view, table.name)} download data-open-data="csv">
              {table.caption} (CSV)
            </a>
          </li>
        ))}
        <li>
          <a className="govuk-link" href={jsonDownloadUrl(view)} download data-open-data="json">
            Everything on this page (JSON)
          </a>
        </li>
      </ul>
    </section>
  );
}
