import type { SyntheticEvent } from 'react';
import { useSearchParams } from 'react-router';
import {
  deploymentCsvUrl,
  useAbstractions,
  useBoroughWards,
  useNeighbourhoodCompliance,
  wardPath,
} from './neighbourhoodQueries.js';
import type { BoroughWards, Minimum, NeighbourhoodCompliance } from './neighbourhoodTypes.js';
import { AbstractionSection } from './AbstractionTables.js';
import { AsAtDateForm } from '../shared/DateInput.js';
import { FilterSelect, FilterSubmit, formText } from '../shared/FilterSelect.js';
import {
  AreaComplianceTable,
  bcuRows,
  boroughRows,
  ComplianceFigures,
  GeneratedWarning,
  minimumWords,
  WardTable,
} from './NeighbourhoodTables.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { LoadDataLink } from '../data-loads/index.js';
import { formatDate } from '../shared/format.js';

function asAtText(dates: readonly string[]): string {
  return dates.length === 0
    ? 'No figures were loaded for this day'
    : `Figures as at ${dates.map(formatDate).join(' and ')}`;
}

function BoroughFilter({
  data,
  borough,
  onApply,
}: {
  data: NeighbourhoodCompliance;
  borough: string | undefined;
  onApply: (borough: string | undefined) => void;
}) {
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = formText(new FormData(event.currentTarget), 'borough');
    onApply(chosen === '' ? undefined : chosen);
  };
  const options = [
    { value: '', label: 'All of London' },
    ...[...data.boroughs]
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
      .map((b) => ({ value: b.code, label: b.name })),
  ];
  return (
    <form className="bl-filters" onSubmit={submit} aria-label="Choose a borough">
      <div className="bl-filters__row">
        <FilterSelect id="borough" label="Borough" value={borough ?? ''} options={options} wide />
        <FilterSubmit label="Show wards" />
      </div>
    </form>
  );
}

function LondonView({
  data,
  linkTo,
  on,
}: {
  data: NeighbourhoodCompliance;
  linkTo: (code: string) => string;
  on: string | undefined;
}) {
  return (
    <>
      <h2 className="govuk-heading-m">London on {formatDate(data.on)}</h2>
      <p className="govuk-body">{asAtText(data.asAt)}.</p>
      <ComplianceFigures total={data.london} />
      <AreaComplianceTable
        id="bcu-compliance"
        caption="Wards meeting the minimum, by Basic Command Unit"
        areaHeading="BCU"
        rows={bcuRows(data)}
        total={{ key: 'london', label: 'London', total: data.london }}
      />
      <AreaComplianceTable
        id="borough-compliance"
        caption="Wards meeting the minimum, by borough"
        areaHeading="Borough"
        rows={boroughRows(data, linkTo)}
      />
      <p className="govuk-body">
        <a className="govuk-link" href={deploymentCsvUrl(undefined, on)} download>
          Download the deployment table for all {data.london.wards} wards (CSV)
        </a>
      </p>
    </>
  );
}

function BoroughView({ data, on }: { data: BoroughWards; on: string | undefined }) {
  const bcu = data.borough.bcu;
  return (
    <>
      <h2 className="govuk-heading-m">
        {data.borough.name} on {formatDate(data.on)}
      </h2>
      <p className="govuk-body">
        {bcu === null ? 'Policed as its own borough command on this day' : `Part of the ${bcu.name} BCU`}.{' '}
        {asAtText(data.asAt)}.
      </p>
      <ComplianceFigures total={data.total} />
      <div className="bl-table-scroll">
        <WardTable data={data} wardLink={(code) => wardPath(code, on)} />
      </div>
      <p className="govuk-body">
        <a className="govuk-link" href={deploymentCsvUrl(data.borough.code, on)} download>
          Download this table (CSV, {data.wards.length} wards)
        </a>
      </p>
    </>
  );
}

function Introduction({ minimum }: { minimum: Minimum | undefined }) {
  return (
    <>
      <span className="govuk-caption-l">Neighbourhood policing</span>
      <h1 className="govuk-heading-l">Dedicated ward officers and PCSOs</h1>
      <p className="govuk-body-l">
        Every ward in London should have at least{' '}
        {minimum === undefined ? 'its minimum of officers' : minimumWords(minimum)} in post, working only in that ward.
        This is how many each ward has, against how many it should have.
      </p>
    </>
  );
}

export function NeighbourhoodsPage() {
  usePageTitle('Neighbourhoods');
  const [searchParams, setSearchParams] = useSearchParams();
  const on = searchParams.get('on') ?? undefined;
  const borough = searchParams.get('borough') ?? undefined;
  const compliance = useNeighbourhoodCompliance(on);
  const wards = useBoroughWards(borough, on);
  const abstractions = useAbstractions(borough);
  const update = (next: { on?: string | undefined; borough?: string | undefined }) => {
    const params: Record<string, string> = {};
    if (next.borough !== undefined) params.borough = next.borough;
    if (next.on !== undefined) params.on = next.on;
    setSearchParams(params);
  };
  const linkTo = (code: string) =>
    `/neighbourhoods?${new URLSearchParams({ borough: code, ...(on === undefined ? {} : { on }) }).toString()}`;
  const synthetic = compliance.data?.synthetic === true || wards.data?.synthetic === true;
  return (
    <>
      <Introduction minimum={compliance.data?.minimum} />
      {synthetic ? <GeneratedWarning /> : null}
      <LoadDataLink kind="ward-posts">Load ward posts or abstractions</LoadDataLink>
      <AsAtDateForm
        key={on ?? ''}
        legend="Show the wards as they were on"
        hint="For example, 31 12 2018. Leave empty for today. Each ward is shown with the latest figures stated on or before that day."
        value={on}
        onChange={(next) => {
          update({ on: next, borough });
        }}
      />
      <QueryState {...compliance} what="ward compliance">
        {(data) => (
          <>
            <BoroughFilter
              key={borough ?? ''}
              data={data}
              borough={borough}
              onApply={(next) => {
                update({ on, borough: next });
              }}
            />
            {borough === undefined ? (
              <LondonView data={data} linkTo={linkTo} on={on} />
            ) : (
              <QueryState {...wards} what="the wards">
                {(list) => <BoroughView data={list} on={on} />}
              </QueryState>
            )}
          </>
        )}
      </QueryState>
      {abstractions.data === undefined ? null : <AbstractionSection report={abstractions.data} />}
    </>
  );
}
