import { LazyMeasureChart } from './LazyMeasureChart.js';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useBoroughComparison, useMeasureComparison, useMeasures, useMeasureSeries } from './measureQueries.js';
import type { Measure, MeasureSeries } from './measureTypes.js';
import { BoroughComparison } from './BoroughComparison.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { FinancialYearTable } from './FinancialYearTable.js';
import { GroupGaps } from './GroupGaps.js';
import { MeasureFilterForm } from './MeasureFilterForm.js';
import { POLARITY_MEANING, POLARITY_WORDS } from './measureText.js';
import { QueryState } from '../shared/QueryState.js';
import { SeriesTable } from './SeriesTable.js';
import { PublishedFigures, SourcesPanel } from './SourcesPanel.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { VerdictSummary } from './VerdictSummary.js';
import { WarningText } from '../shared/govuk.js';

function About({ measure }: { measure: Measure }) {
  return (
    <dl className="govuk-summary-list bl-measure-about">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">What it counts</dt>
        <dd className="govuk-summary-list__value">{measure.definition}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Which way is better</dt>
        <dd className="govuk-summary-list__value">
          <strong>{POLARITY_WORDS[measure.polarity]}.</strong> {POLARITY_MEANING[measure.polarity]}
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Source</dt>
        <dd className="govuk-summary-list__value">{measure.source}</dd>
      </div>
    </dl>
  );
}

function SyntheticWarning() {
  return (
    <WarningText>
      These monthly figures are synthetic demo data, made up to show how the service works. Do not quote them.
    </WarningText>
  );
}

function Comparison({ code, area, year, unitWords }: { code: string; area: string; year: string; unitWords: string }) {
  const query = useMeasureComparison(code, area, year);
  return (
    <QueryState {...query} what="the comparison">
      {(comparison) => (
        <>
          <VerdictSummary comparison={comparison} unitWords={unitWords} />
          <SourcesPanel comparison={comparison} />
        </>
      )}
    </QueryState>
  );
}

function Boroughs({ code, area, year, enabled }: { code: string; area: string; year: string; enabled: boolean }) {
  const query = useBoroughComparison(code, year, enabled);
  if (!enabled) return null;
  return (
    <section aria-labelledby="boroughs-heading">
      <h2 className="govuk-heading-l" id="boroughs-heading">
        Every borough in {year}
      </h2>
      <p className="govuk-body">
        Boroughs are ranked by the rate ratio: this year&apos;s count divided by last year&apos;s. A ratio above 1 is a
        rise. The bar shows the 95% interval around the ratio (the dot) against a grey line at 1; the verdict comes from
        each borough&apos;s own exact test and the measure&apos;s polarity, never from its place in the ranking.
      </p>
      <QueryState {...query} what="the borough comparison">
        {(result) => <BoroughComparison result={result} area={area} />}
      </QueryState>
    </section>
  );
}

interface SectionsProps {
  series: MeasureSeries;
  measure: Measure;
  area: string;
  year: string | undefined;
}

function SeriesSections({ series, measure, area, year }: SectionsProps) {
  if (series.months.length === 0) {
    // A survey measure has no monthly counts, only published figures: its change is still judged.
    return (
      <>
        <p className="govuk-body">
          There are no monthly figures for {measure.name.toLowerCase()} in {series.area.name}: only published ones.
        </p>
        {year === undefined ? null : (
          <Comparison code={measure.code} area={area} year={year} unitWords={series.measure.unitWords} />
        )}
        <PublishedFigures series={series} />
      </>
    );
  }
  return (
    <>
      {series.synthetic ? <SyntheticWarning /> : null}
      {year === undefined ? null : (
        <Comparison code={measure.code} area={area} year={year} unitWords={series.measure.unitWords} />
      )}
      <h2 className="govuk-heading-l">Month by month</h2>
      <p className="govuk-body">
        The control chart&apos;s centre line is the average month; the limits show how far a month can stray by chance
        alone. A diamond marks a signal: a month outside the limits, or part of a run or trend too long to be chance. A
        signal says something changed, not whether it is better or worse.
      </p>
      <p className="govuk-body" data-testid="series-composition">
        {series.area.name}&apos;s figures count {series.area.composition}.
      </p>
      <LazyMeasureChart series={series} year={year} />
      <SeriesTable series={series} />
      <FinancialYearTable series={series} year={year} />
      <PublishedFigures series={series} />
      {year === undefined ? null : (
        <Boroughs code={measure.code} area={series.area.code} year={year} enabled={measure.crimeCategory !== null} />
      )}
    </>
  );
}

function MeasureView({ measure, area, period }: { measure: Measure; area: string; period: string | undefined }) {
  const navigate = useNavigate();
  const series = useMeasureSeries(measure.code, area);
  const years = series.data?.years ?? [];
  const published = series.data?.published ?? [];
  const year =
    period ??
    years[years.length - 1]?.label ??
    published
      .map((p) => p.period)
      .sort()
      .at(-1);
  const apply = (next: { area: string; period: string | undefined }) => {
    const params = new URLSearchParams({
      area: next.area,
      ...(next.period === undefined ? {} : { period: next.period }),
    });
    void navigate(`/measures/${measure.code}?${params.toString()}`);
  };
  return (
    <>
      <About measure={measure} />
      <MeasureFilterForm key={`${area}|${year ?? ''}`} area={area} year={year} years={years} onApply={apply} />
      <QueryState {...series} what="the monthly figures">
        {(data) => <SeriesSections series={data} measure={measure} area={area} year={year} />}
      </QueryState>
      <GroupGaps measure={measure} area={area} />
    </>
  );
}

export function MeasurePage() {
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const area = params.get('area') ?? 'London';
  const period = params.get('period') ?? undefined;
  const measures = useMeasures();
  const measure = measures.data?.measures.find((m) => m.code === code);
  usePageTitle(measure ? `${measure.name}: measure` : 'Measure');
  return (
    <>
      <Breadcrumbs trail={[{ to: '/measures', label: 'Measures' }]} />
      <span className="govuk-caption-l">Measure</span>
      <h1 className="govuk-heading-l">{measure?.name ?? (measures.isPending ? 'Loading…' : 'Measure not found')}</h1>
      <QueryState {...measures} what="the measures">
        {() =>
          measure === undefined ? (
            <p className="govuk-body">
              There is no measure with the code {code}. See{' '}
              <Link className="govuk-link" to="/measures">
                every measure
              </Link>
              .
            </p>
          ) : (
            <MeasureView measure={measure} area={area} period={period} />
          )
        }
      </QueryState>
    </>
  );
}
