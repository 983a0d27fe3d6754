import { useParams, useSearchParams } from 'react-router';
import { useWardProfile } from './neighbourhoodQueries.js';
import type { WardCrime, WardProfile } from './neighbourhoodTypes.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { ComplianceTag, formatNumber, minimumWords } from './NeighbourhoodTables.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { formatDate, formatMonth } from '../shared/format.js';
import { NumberCell, SummaryRow as Row, Table, WarningText, numericColumn } from '../shared/govuk.js';

/** The words every post figure of the demo carries: they are made up, and say so beside the figure. */
const SYNTHETIC = 'synthetic demo data';

function postText(figures: WardProfile['ward']['dwo']): string {
  if (figures === null) return 'No figures loaded';
  return `${formatNumber(figures.actual)} in post of ${formatNumber(figures.establishment)} established`;
}

function SyntheticTag({ shown }: { shown: boolean }) {
  if (!shown) return null;
  return <strong className="govuk-tag govuk-tag--yellow bl-tag--small bl-ward-synthetic">{SYNTHETIC}</strong>;
}

function Posts({ profile }: { profile: WardProfile }) {
  const { ward } = profile;
  return (
    <section aria-labelledby="posts-heading" className="bl-ward-half">
      <h2 className="govuk-heading-m" id="posts-heading">
        Dedicated ward officers and PCSOs
      </h2>
      {ward.synthetic ? (
        <WarningText>
          These post figures are {SYNTHETIC}, made up to show how the service works. Do not quote them.
        </WarningText>
      ) : null}
      <dl className="govuk-summary-list" data-testid="ward-posts">
        <Row label="Dedicated ward officers">
          {postText(ward.dwo)} <SyntheticTag shown={ward.synthetic && ward.dwo !== null} />
        </Row>
        <Row label="PCSOs">
          {postText(ward.pcso)} <SyntheticTag shown={ward.synthetic && ward.pcso !== null} />
        </Row>
        <Row label="Against the minimum">
          <ComplianceTag status={ward.status} text={ward.complianceText} />
          <span className="bl-block bl-secondary govuk-body-s">The minimum is {minimumWords(profile.minimum)}.</span>
        </Row>
        <Row label="As at">{ward.asAt === null ? 'No figures loaded' : formatDate(ward.asAt)}</Row>
      </dl>
    </section>
  );
}

function CrimeTable({ crime, ward }: { crime: WardCrime; ward: string }) {
  return (
    <Table
      caption={`Recorded crime in ${ward}, month by month`}
      captionSize="s"
      columns={['Month', numericColumn('Recorded crimes')]}
      id="ward-crime"
      className="bl-ward-crime-table"
    >
      {crime.months.map((m) => (
        <tr className="govuk-table__row" key={m.month}>
          <th scope="row" className="govuk-table__header">
            {formatMonth(m.month)}
          </th>
          <NumberCell>{formatNumber(m.count)}</NumberCell>
        </tr>
      ))}
      <tr className="govuk-table__row bl-total-row">
        <th scope="row" className="govuk-table__header">
          All {crime.months.length} months
        </th>
        <NumberCell>{formatNumber(crime.total)}</NumberCell>
      </tr>
    </Table>
  );
}

function Crime({ profile }: { profile: WardProfile }) {
  const { crime, ward } = profile;
  return (
    <section aria-labelledby="crime-heading" className="bl-ward-half">
      <h2 className="govuk-heading-m" id="crime-heading">
        Recorded crime
      </h2>
      {crime === null ? (
        <p className="govuk-body" data-testid="ward-crime-none">
          No ward-level crime figures loaded for {ward.name}. The borough&apos;s figures are on the measure pages; load
          an MPS ward-level crime file to see this ward&apos;s own.
        </p>
      ) : (
        <>
          {crime.synthetic ? <WarningText>These crime figures are {SYNTHETIC}. Do not quote them.</WarningText> : null}
          <p className="govuk-body-s bl-secondary" data-testid="ward-crime-source">
            {crime.source.label}
            {crime.source.asAt === null ? '' : `, as at ${formatDate(crime.source.asAt)}`}. From{' '}
            {crime.source.files.map((f) => f.fileName).join(', ')}.
          </p>
          <CrimeTable crime={crime} ward={ward.name} />
        </>
      )}
    </section>
  );
}

function WardView({ profile }: { profile: WardProfile }) {
  const { ward } = profile;
  return (
    <>
      <p className="govuk-body-l">
        A ward of {ward.borough.name}
        {ward.bcu === null ? '' : `, in the ${ward.bcu.name} BCU`}
        {ward.gssCode === null ? '' : ` (ONS code ${ward.gssCode})`}, on {formatDate(profile.on)}.
      </p>
      <div className="bl-ward-sides">
        <Posts profile={profile} />
        <Crime profile={profile} />
      </div>
    </>
  );
}

/** One ward: its DWO and PCSO posts beside its recorded crime, each saying where it comes from. */
export function WardPage() {
  const { ward = '' } = useParams();
  const [params] = useSearchParams();
  const on = params.get('on') ?? undefined;
  const query = useWardProfile(ward, on);
  const name = query.data?.ward.name;
  usePageTitle(name === undefined ? 'Ward' : `${name}: ward`);
  const borough = query.data?.ward.borough;
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: '/neighbourhoods', label: 'Neighbourhoods' },
          ...(borough === undefined ? [] : [{ to: `/neighbourhoods?borough=${borough.code}`, label: borough.name }]),
        ]}
      />
      <span className="govuk-caption-l">Ward</span>
      <h1 className="govuk-heading-l">{name ?? (query.isPending ? 'Loading…' : 'Ward not found')}</h1>
      <QueryState {...query} what="the ward">
        {(profile) => <WardView profile={profile} />}
      </QueryState>
    </>
  );
}
