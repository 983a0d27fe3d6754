import { useEffect, useMemo, useState } from 'react';
import type { ChartedSeries } from './measureTypes.js';
import { signalsByIndex } from './measureText.js';
import { formatCount, formatMonth } from '../shared/format.js';
import { NumberCell, Table, numericColumn } from '../shared/govuk.js';

const CSV_COLUMNS = ['month', 'value', 'centre', 'lower_limit', 'upper_limit', 'rolling_12_months', 'signals'];

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(Math.round(value * 1000) / 1000) : value;
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The monthly series as CSV, built in the browser from the figures on the page. */
export function seriesCsv(series: ChartedSeries): string {
  const signals = signalsByIndex(series.signals);
  const rows = series.months.map((m, index) =>
    [m.month, m.value, m.centre, m.lower, m.upper, m.rolling12, (signals.get(index) ?? []).join('; ')]
      .map(csvCell)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\n') + '\n';
}

/** A download link for the series; the Blob URL lives as long as the link does. */
function CsvLink({ series }: { series: ChartedSeries }) {
  const blob = useMemo(() => new Blob([seriesCsv(series)], { type: 'text/csv;charset=utf-8' }), [series]);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(blob);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL is an external resource released on cleanup
    setUrl(objectUrl);
    return () => {
      URL.revokeObjectURL(objectUrl);
    };
  }, [blob]);
  if (url === null) return null;
  const fileName = `${series.measure.code}-${series.area.code}-monthly.csv`.toLowerCase();
  return (
    <a className="govuk-link" href={url} download={fileName}>
      Download the monthly figures (CSV)
    </a>
  );
}

/** The chart's points month by month; `id` is only for the one table a page links to. */
export function MonthlyTable({ series, id }: { series: ChartedSeries; id?: string }) {
  const signals = signalsByIndex(series.signals);
  return (
    <Table
      caption={
        <>
          {series.measure.name} in {series.area.name}, {series.measure.unitWords} per month
        </>
      }
      captionSize="s"
      columns={[
        'Month',
        ...['Count', 'Centre line', 'Lower limit', 'Upper limit', 'Rolling 12 months'].map(numericColumn),
        'Signal',
      ]}
      id={id}
      className="bl-series-table"
    >
      {series.months.map((m, index) => (
        <tr className="govuk-table__row" key={m.month}>
          <th scope="row" className="govuk-table__header bl-nowrap">
            {formatMonth(m.month)}
          </th>
          <NumberCell>{formatCount(m.value)}</NumberCell>
          <NumberCell>{formatCount(m.centre)}</NumberCell>
          <NumberCell>{formatCount(m.lower)}</NumberCell>
          <NumberCell>{formatCount(m.upper)}</NumberCell>
          <NumberCell>{m.rolling12 === null ? '–' : formatCount(m.rolling12)}</NumberCell>
          <td className="govuk-table__cell">{(signals.get(index) ?? []).join('; ')}</td>
        </tr>
      ))}
    </Table>
  );
}

/** The chart's figures: always available as a table, shown on request, and as a CSV file. */
export function SeriesTable({ series }: { series: ChartedSeries }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="bl-series-figures">
      <div className="bl-series-figures__actions">
        <button
          type="button"
          className="govuk-button govuk-button--secondary bl-series-figures__toggle"
          aria-expanded={open}
          aria-controls="monthly-figures-panel"
          onClick={() => {
            setOpen(!open);
          }}
        >
          {open ? 'Hide the figures table' : 'Show the figures as a table'}
        </button>
        <p className="govuk-body">
          <CsvLink series={series} />
        </p>
      </div>
      <div id="monthly-figures-panel" hidden={!open}>
        {open ? <MonthlyTable series={series} id="monthly-figures" /> : null}
      </div>
    </div>
  );
}
