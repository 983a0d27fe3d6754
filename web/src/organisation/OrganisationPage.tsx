import { Link, useSearchParams } from 'react-router';
import { useBcus, useOrganisation } from '../shared/queries.js';
import type { BcuList, OrganisationOverview } from '../shared/types.js';
import { AsAtDateForm } from '../shared/DateInput.js';
import { QueryState } from '../shared/QueryState.js';
import { Figures, Table } from '../shared/govuk.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { formatDate } from '../shared/format.js';

function KeyFigures({ overview, bcus }: { overview: OrganisationOverview; bcus: BcuList }) {
  const covered = bcus.bcus.reduce((sum, bcu) => sum + bcu.boroughs.length, 0);
  const figures = [
    { value: overview.businessGroups.length, label: 'business groups' },
    { value: bcus.bcus.length, label: 'Basic Command Units' },
    { value: covered, label: `of ${overview.counts.boroughs} boroughs in a BCU` },
  ];
  // Wards are too many to list here (629 in London): their own page lists them by borough.
  const wards = overview.counts.wards;
  return (
    <Figures figures={figures}>
      {wards > 0 ? (
        <div className="bl-figure" id="ward-count">
          <span className="bl-figure__value">{wards}</span>
          <Link className="govuk-link bl-figure__label" to="/neighbourhoods">
            wards, with their ward officers
          </Link>
        </div>
      ) : null}
    </Figures>
  );
}

function BcuTable({ bcus }: { bcus: BcuList }) {
  return (
    <Table caption="Basic Command Units" columns={['Code', 'BCU', 'Boroughs', 'Went live']} id="bcus">
      {bcus.bcus.map((bcu) => (
        <tr className="govuk-table__row" key={bcu.code}>
          <td className="govuk-table__cell bl-code">{bcu.code}</td>
          <th scope="row" className="govuk-table__header">
            {bcu.name}
          </th>
          <td className="govuk-table__cell">{bcu.boroughs.map((borough) => borough.name).join(', ')}</td>
          <td className="govuk-table__cell">
            <span className="bl-nowrap">{bcu.goLive?.label}</span>
            {bcu.pathfinder ? (
              <>
                {' '}
                <strong className="govuk-tag govuk-tag--turquoise">Pathfinder</strong>
              </>
            ) : null}
          </td>
        </tr>
      ))}
    </Table>
  );
}

function OutsideBcus({ bcus }: { bcus: BcuList }) {
  if (bcus.boroughsOutsideBcus.length === 0) return null;
  return (
    <div className="govuk-inset-text">
      On {formatDate(bcus.on)}, {bcus.boroughsOutsideBcus.length} boroughs were still policed as their own borough
      commands: {bcus.boroughsOutsideBcus.map((borough) => borough.name).join(', ')}.
    </div>
  );
}

function BusinessGroups({ overview }: { overview: OrganisationOverview }) {
  return (
    <Table caption="Business groups and lead codes" columns={['Business group', 'Units']} id="business-groups">
      {overview.businessGroups.map((group) => (
        <tr className="govuk-table__row" key={group.code}>
          <th scope="row" className="govuk-table__header">
            {group.name}
            {group.leadCode ? <span className="govuk-caption-m">Lead code {group.leadCode}</span> : null}
          </th>
          <td className="govuk-table__cell">
            <ul className="govuk-list">
              {group.units.map((unit) => (
                <li key={unit.code}>
                  {unit.name}
                  {unit.leadCode ? <span className="bl-code"> ({unit.leadCode})</span> : null}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </Table>
  );
}

export function OrganisationPage() {
  usePageTitle('Organisation');
  const [searchParams, setSearchParams] = useSearchParams();
  const on = searchParams.get('on') ?? undefined;
  const overview = useOrganisation(on);
  const bcus = useBcus(on);
  const both = overview.data && bcus.data ? { overview: overview.data, bcus: bcus.data } : undefined;
  return (
    <>
      <span className="govuk-caption-l">{overview.data?.force.name ?? 'Force'}</span>
      <h1 className="govuk-heading-l">Organisation</h1>
      <p className="govuk-body-l">
        Business groups lead the plan&apos;s milestones. Basic Command Units (BCUs) police London&apos;s 32 boroughs,
        two to four boroughs each.
      </p>
      <AsAtDateForm
        key={on ?? ''}
        legend="Show the organisation as it was on"
        hint="For example, 15 5 2018. Leave empty for today. BCUs went live between 2017 and early 2019."
        value={on}
        onChange={(next) => {
          setSearchParams(next === undefined ? {} : { on: next });
        }}
      />
      <QueryState data={both} error={overview.error ?? bcus.error} isPending={!both} what="the organisation">
        {({ overview: o, bcus: b }) => (
          <>
            <h2 className="govuk-heading-m">As at {formatDate(b.on)}</h2>
            <KeyFigures overview={o} bcus={b} />
            <BcuTable bcus={b} />
            <OutsideBcus bcus={b} />
            <BusinessGroups overview={o} />
          </>
        )}
      </QueryState>
    </>
  );
}
