import { Link, useSearchParams } from 'react-router';
import { FilterSelect, FilterSubmit, formText } from '../shared/FilterSelect.js';
import { QueryState } from '../shared/QueryState.js';
import { SignInLink } from '../shared/SignInLink.js';
import { useSession } from '../shared/queries.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { heatMapSvgUrl, useHeatMapSvg, useRiskRegister, type RiskFilter } from './riskQueries.js';
import { HeatMapTable, RegisterTable } from './RiskTables.js';
import { RATING_CHOICES, type RiskRegister } from './riskTypes.js';

function HeatMap({ filter }: { filter: RiskFilter }) {
  const svg = useHeatMapSvg(filter, true);
  return (
    <figure className="govuk-!-margin-0 govuk-!-margin-bottom-6" aria-labelledby="heat-map-caption">
      <QueryState {...svg} what="the heat map">
        {(markup) => (
          <div
            data-testid="heat-map"
            style={{ maxWidth: '100%', overflowX: 'auto' }}
            dangerouslySetInnerHTML={{ __html: markup }}
          />
        )}
      </QueryState>
      <figcaption className="govuk-body-s" id="heat-map-caption">
        Each square counts the risks at that residual likelihood and impact and names them; the symbol and score in its
        corner give its band, so the map reads without colour. The same facts are in the table below.{' '}
        <a className="govuk-link" href={heatMapSvgUrl(filter)} download>
          Download the heat map (SVG)
        </a>
      </figcaption>
    </figure>
  );
}

function Register({
  data,
  filter,
  edits,
  onFilter,
}: {
  data: RiskRegister;
  filter: RiskFilter;
  edits: boolean;
  onFilter: (next: URLSearchParams) => void;
}) {
  return (
    <>
      {edits ? (
        <p className="govuk-body">
          <Link className="govuk-button govuk-button--secondary" to="/risks/new">
            Add a risk
          </Link>
        </p>
      ) : null}
      <form
        className="bl-filters"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const next = new URLSearchParams();
          for (const name of ['board', 'rating']) if (formText(form, name) !== '') next.set(name, formText(form, name));
          onFilter(next);
        }}
      >
        <FilterSelect
          id="board"
          label="Board"
          value={filter.board}
          options={[{ value: '', label: 'Every board' }, ...data.boards.map((b) => ({ value: b, label: b }))]}
        />
        <FilterSelect id="rating" label="Residual rating" value={filter.rating} options={RATING_CHOICES} />
        <FilterSubmit label="Show risks" />
      </form>
      {data.scoreNotes.map((note) => (
        <div className="govuk-inset-text" key={note}>
          {note}
        </div>
      ))}
      <h2 className="govuk-heading-m">Heat map</h2>
      <p className="govuk-body">{data.sentence}</p>
      <HeatMap filter={filter} />
      <HeatMapTable heatMap={data.heatMap} />
      {data.risks.length === 0 ? (
        <p className="govuk-body">No risks match these filters.</p>
      ) : (
        <RegisterTable risks={data.risks} />
      )}
      <p className="govuk-body-s">{data.source}</p>
    </>
  );
}

/** The strategic risk register: filters, heat map with its table, and the register itself. */
export function RisksPage() {
  usePageTitle('Risk register');
  const session = useSession();
  const user = session.data?.user ?? null;
  const [params, setParams] = useSearchParams();
  const filter = { board: params.get('board') ?? '', rating: params.get('rating') ?? '' };
  const register = useRiskRegister(filter, user !== null);
  const edits = user !== null && (user.role === 'performance' || user.role === 'admin');
  return (
    <>
      <h1 className="govuk-heading-l">Risk register</h1>
      <p className="govuk-body-l">
        The strategic risks of the oversight body and the force, each scored for likelihood and impact before and after
        its controls, with its treatment and the boards that review it.
      </p>
      {session.data === undefined ? null : user === null ? (
        <p className="govuk-body">
          The risk register is for people in the force and the oversight body.{' '}
          <SignInLink className="govuk-link">Sign in</SignInLink> to see it.
        </p>
      ) : (
        <QueryState {...register} what="the risk register">
          {(data) => <Register data={data} filter={filter} edits={edits} onFilter={setParams} />}
        </QueryState>
      )}
    </>
  );
}
