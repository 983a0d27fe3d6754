import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ResponseOf } from '../shared/apiTypes.js';
import { formatCount, formatDate, formatMonth } from '../shared/format.js';
import type { FileKind } from './FileLoadForm.js';

type WardPostsLoaded = ResponseOf<'importWardPosts'>;
type AbstractionsLoaded = ResponseOf<'importAbstractions'>;
type MpsLoaded = ResponseOf<'importMpsBoroughSeries'>;
type PoliceUkLoaded = ResponseOf<'importPoliceUkFile'>;

/** A small file of the right shape, made in the browser, to fill in or copy the columns from. */
function exampleHref(lines: readonly string[]): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`${lines.join('\r\n')}\r\n`)}`;
}

interface FormatProps {
  columns: string;
  example?: { name: string; lines: string[] };
  children: ReactNode;
}

function Format({ columns, example, children }: FormatProps) {
  return (
    <>
      <p className="govuk-body">{children}</p>
      <p className="govuk-body">
        Columns: <span className="bl-columns">{columns}</span>.
        {example === undefined ? null : (
          <>
            {' '}
            <a className="govuk-link" href={exampleHref(example.lines)} download={example.name}>
              Download an example file (CSV)
            </a>
          </>
        )}
      </p>
    </>
  );
}

const plural = (count: number, one: string, many = `${one}s`) => `${formatCount(count)} ${count === 1 ? one : many}`;

export const WARD_POSTS: FileKind<WardPostsLoaded> = {
  id: 'ward-posts',
  heading: 'Ward posts',
  format: (
    <Format
      columns="Borough, Ward, Ward code (optional), Role, Establishment, Actual, As at"
      example={{
        name: 'ward-posts-example.csv',
        lines: ['Borough,Ward,Ward code,Role,Establishment,Actual,As at', 'Camden,Camden ward 1,,DWO,2,2,2019-03-31'],
      }}
    >
      How many dedicated ward officers (role DWO) and PCSOs each ward should have and has in post on a day (dates
      2019-03-31 or 31/03/2019). Figures for a later day supersede earlier ones from that day; a ward the force does not
      have yet is created under its borough.
    </Format>
  ),
  label: 'Ward posts file (CSV)',
  accept: '.csv',
  checkPath: '/api/neighbourhoods/posts/check',
  loadPath: '/api/neighbourhoods/posts',
  done: (loaded) => {
    const on = loaded.asAt.at(-1);
    const borough = loaded.boroughs.length === 1 ? loaded.boroughs[0] : undefined;
    const query = new URLSearchParams({ ...(borough === undefined ? {} : { borough }), ...(on ? { on } : {}) });
    return (
      <>
        <p className="govuk-body">
          {plural(loaded.rows, 'row')}: {plural(loaded.added, 'new figure')}, {formatCount(loaded.revised)} revised and{' '}
          {formatCount(loaded.unchanged)} unchanged, as at {loaded.asAt.map(formatDate).join(' and ')}.
          {loaded.wardsCreated.length === 0
            ? null
            : ` New wards: ${loaded.wardsCreated.map((w) => w.name).join(', ')}.`}
        </p>
        <p className="govuk-body">
          <Link className="govuk-notification-banner__link" to={`/neighbourhoods?${query.toString()}`}>
            See {borough === undefined ? 'the wards' : 'the borough’s wards'} on the neighbourhoods page
          </Link>
        </p>
      </>
    );
  },
};

export const ABSTRACTIONS: FileKind<AbstractionsLoaded> = {
  id: 'abstractions',
  heading: 'Abstractions',
  format: (
    <Format
      columns="Borough, Ward, Role, Date, Hours, Reason, Note"
      example={{
        name: 'abstractions-example.csv',
        lines: ['Borough,Ward,Role,Date,Hours,Reason,Note', 'Camden,Camden ward 1,PCSO,2019-03-02,8,Aid,Football'],
      }}
    >
      Hours ward officers were taken off their ward, and why (aid to other areas and events, court, training, response
      cover or another reason). The wards must have posts loaded; the same file is never counted twice.
    </Format>
  ),
  label: 'Abstractions file (CSV)',
  accept: '.csv',
  checkPath: '/api/neighbourhoods/abstractions/check',
  loadPath: '/api/neighbourhoods/abstractions',
  done: (loaded) => (
    <>
      <p className="govuk-body">
        {plural(loaded.rows, 'abstraction')}, {formatCount(loaded.hours)} hours, dated {formatDate(loaded.firstDate)} to{' '}
        {formatDate(loaded.lastDate)}.
      </p>
      <p className="govuk-body">
        <Link className="govuk-notification-banner__link" to="/neighbourhoods">
          See officers taken off their wards on the neighbourhoods page
        </Link>
      </p>
    </>
  ),
};

function monthSpan(first: string, last: string): string {
  return first === last ? formatMonth(first) : `${formatMonth(first)} to ${formatMonth(last)}`;
}

function areaWords(areas: MpsLoaded['areas']): string {
  const wards = areas.wards === 0 ? '' : `${plural(areas.wards, 'ward')} (${formatCount(areas.wardsCreated)} new) in `;
  const parts = [...(areas.boroughs.length === 0 ? [] : [`${wards}${plural(areas.boroughs.length, 'borough')}`])];
  return [...parts, ...areas.others].join(' and ') || 'no areas';
}

export const MPS_CRIME: FileKind<MpsLoaded> = {
  id: 'mps-crime',
  heading: 'MPS recorded crime by borough or ward',
  format: (
    <Format columns="Borough, Major Category, Minor Category, then one column a month (201901)">
      The Metropolitan Police Service&apos;s recorded-crime files from the{' '}
      <a className="govuk-link" href="https://data.london.gov.uk/dataset/recorded_crime_summary">
        London Datastore
      </a>
      , as they are: the historic and recent borough files, and the ward files. Counts for a month already held are
      revised, and the change is kept.
    </Format>
  ),
  label: 'MPS crime file (CSV)',
  accept: '.csv',
  checkPath: '/api/crime-data/mps-borough/check',
  loadPath: '/api/crime-data/mps-borough',
  done: (loaded) => (
    <>
      <p className="govuk-body">
        {plural(loaded.counts, 'monthly count')} ({formatCount(loaded.added)} new, {formatCount(loaded.revised)}{' '}
        revised) from {plural(loaded.rowsRead, 'row')}, covering {monthSpan(loaded.firstMonth, loaded.lastMonth)}, for{' '}
        {areaWords(loaded.areas)}.
        {(loaded.syntheticRemoved ?? 0) > 0 ? ' The demo’s generated counts were removed: they are never mixed.' : null}
      </p>
      <p className="govuk-body">
        <Link className="govuk-notification-banner__link" to="/measures">
          See the crime measures
        </Link>
        {loaded.level === 'ward' ? (
          <>
            {' '}
            or{' '}
            <Link className="govuk-notification-banner__link" to="/neighbourhoods">
              the wards on the neighbourhoods page
            </Link>
          </>
        ) : null}
      </p>
    </>
  ),
};

function monthsLoaded(loaded: PoliceUkLoaded): string {
  const months = loaded.slices.flatMap((s) => (s.outcome === 'loaded' && s.slice !== null ? [s.slice.month] : []));
  if (months.length === 0) return '';
  const [first, last] = [months.reduce((a, b) => (a < b ? a : b)), months.reduce((a, b) => (a > b ? a : b))];
  return ` Covering ${monthSpan(first, last)}.`;
}

export const POLICE_UK: FileKind<PoliceUkLoaded> = {
  id: 'police-uk',
  heading: 'police.uk street crime, outcomes and stop and search',
  format: (
    <Format columns="as police.uk publishes them, in files named like 2018-04-metropolitan-street.csv">
      One file or an archive (.zip, up to 30 MB here) downloaded from{' '}
      <a className="govuk-link" href="https://data.police.uk/data/">
        data.police.uk
      </a>
      . Each force, month and kind of file replaces what was held for it; one with problems is refused on its own.
      Larger archives load with <code>bluelamp import police-uk</code>.
    </Format>
  ),
  label: 'police.uk file (CSV or ZIP)',
  accept: '.csv,.zip',
  loadPath: '/api/crime-data/police-uk',
  problemsOf: (loaded) =>
    loaded.slices
      .filter((slice) => slice.outcome === 'refused')
      .flatMap((slice) =>
        slice.problems.map((p) => ({ file: p.file, row: p.row, column: p.column, problem: p.message })),
      ),
  done: (loaded) => (
    <>
      <p className="govuk-body">
        {plural(loaded.loaded, 'file')} loaded ({plural(loaded.rowsLoaded, 'row')}), {formatCount(loaded.skipped)}{' '}
        unchanged or skipped and {formatCount(loaded.refused)} refused.{monthsLoaded(loaded)}
      </p>
      <p className="govuk-body">
        <Link className="govuk-notification-banner__link" to="/compare-forces">
          Compare forces
        </Link>{' '}
        or see{' '}
        <Link className="govuk-notification-banner__link" to="/stop-and-search">
          stop and search
        </Link>
      </p>
    </>
  ),
};
