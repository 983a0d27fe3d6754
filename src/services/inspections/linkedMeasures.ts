import { formatLongDate, formatPeriod, parsePeriodCode, type IsoDate } from '../../domain/calendar/index.js';
import {
  FIGURE_MOVE_LABELS,
  figuresAroundPublication,
  moveOfVerdict,
  type DatedFigure,
  type FigureMove,
} from '../../domain/inspections/index.js';
import type { MeasureDefinition } from '../../domain/measures/index.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import {
  findMeasureDefinition,
  listObservations,
  type Executor,
  type StoredFindingMeasure,
} from '../../store/index.js';
import { changeJudgement } from '../measures/measureViews.js';

/** A figure as a finding page shows it: its value with where it comes from and when it stood. */
export interface FigureView extends DatedFigure {
  readonly periodLabel: string;
}

/** A measure a finding names, with its latest figure and whether it moved after the report. */
export interface LinkedMeasure {
  readonly findingId: number;
  readonly code: string;
  /** Null when the measure is no longer defined. */
  readonly name: string | null;
  readonly unit: string | null;
  /** Where its figures come from, as the measure's definition says. */
  readonly source: string | null;
  readonly linkedAt: string;
  readonly linkedBy: string;
  readonly latest: FigureView | null;
  /** The figure standing when the report was published. */
  readonly atPublication: FigureView | null;
  /** The latest figure after publication, compared with atPublication. */
  readonly since: FigureView | null;
  readonly move: FigureMove;
  readonly moveLabel: string;
  readonly sentence: string;
}

function figureView(figure: DatedFigure | null): FigureView | null {
  if (figure === null) return null;
  const period = parsePeriodCode(figure.period);
  // Only what a page shows: a stored observation carries its load's bookkeeping too.
  return {
    period: figure.period,
    periodLabel: period === null ? figure.period : formatPeriod(period),
    value: figure.value,
    source: figure.source,
    asAt: figure.asAt,
    synthetic: figure.synthetic,
  };
}

function unjudged(measure: MeasureDefinition, publishedOn: IsoDate, figures: Figures): string {
  const published = formatLongDate(publishedOn);
  if (figures.latest === null)
    return `No figures for ${measure.name} are loaded yet; they come from ${measure.source}.`;
  if (figures.atPublication === null) {
    return `No figure for ${measure.name} from before the report was published on ${published}, so none to compare with.`;
  }
  return `No figure for ${measure.name} since the report was published on ${published}; the latest is for ${figures.atPublication.periodLabel}.`;
}

interface Figures {
  readonly latest: FigureView | null;
  readonly atPublication: FigureView | null;
  readonly since: FigureView | null;
}

async function measureFigures(
  db: Executor,
  measure: MeasureDefinition,
  areaCode: string,
  publishedOn: IsoDate,
): Promise<Figures & { move: FigureMove; sentence: string }> {
  const held = (await listObservations(db, { measureCode: measure.code, areaCodes: [areaCode] })).filter(
    (o) => o.breakdown === null && o.supersededAt === null,
  );
  const around = figuresAroundPublication(held, publishedOn);
  const figures = {
    latest: figureView(around.latest),
    atPublication: figureView(around.before),
    since: figureView(around.since),
  };
  if (figures.atPublication === null || figures.since === null) {
    return { ...figures, move: 'no-figures-yet', sentence: unjudged(measure, publishedOn, figures) };
  }
  const judged = changeJudgement(
    measure,
    { current: figures.since.value, previous: figures.atPublication.value },
    { current: figures.since.periodLabel, previous: figures.atPublication.periodLabel },
  );
  // Different publications of one measure are compared, but never silently.
  const sources =
    figures.atPublication.source === figures.since.source
      ? ''
      : ` The earlier figure is from ${figures.atPublication.source}, the later from ${figures.since.source}.`;
  return { ...figures, move: moveOfVerdict(judged.verdict), sentence: `${judged.sentence}${sources}` };
}

/** Each measure the findings name, for the force as a whole, judged against the report's publication day. */
export async function linkedMeasures(
  db: Executor,
  model: OrganisationModel,
  links: readonly StoredFindingMeasure[],
  publishedOn: IsoDate,
): Promise<LinkedMeasure[]> {
  const forceCode = model.unitsOfKind('force')[0]?.code ?? '';
  const byCode = new Map<string, Omit<LinkedMeasure, 'findingId' | 'linkedAt' | 'linkedBy'>>();
  for (const code of new Set(links.map((link) => link.measureCode))) {
    const measure = await findMeasureDefinition(db, code);
    if (measure === undefined) {
      const move: FigureMove = 'no-figures-yet';
      const sentence = `The measure "${code}" is no longer defined.`;
      const none = { latest: null, atPublication: null, since: null };
      byCode.set(code, {
        code,
        name: null,
        unit: null,
        source: null,
        ...none,
        move,
        moveLabel: FIGURE_MOVE_LABELS[move],
        sentence,
      });
      continue;
    }
    const figures = await measureFigures(db, measure, forceCode, publishedOn);
    byCode.set(code, {
      code,
      name: measure.name,
      unit: measure.unit,
      source: measure.source,
      ...figures,
      moveLabel: FIGURE_MOVE_LABELS[figures.move],
    });
  }
  return links.flatMap((link) => {
    const view = byCode.get(link.measureCode);
    return view === undefined
      ? []
      : [{ findingId: link.findingId, linkedAt: link.linkedAt, linkedBy: link.linkedBy, ...view }];
  });
}
