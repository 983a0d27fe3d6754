import type { ComponentReadiness } from './findingResponseTypes.js';
import { FigureMoveTag } from './FigureMoveTag.js';

type FindingFigures = ComponentReadiness['findingFigures'][number];

/** A finding's actions and its figures beside each other: done is not the same as fixed. */
export function ReadinessFigureCells({ figures }: { figures: FindingFigures | undefined }) {
  return (
    <>
      <td className="govuk-table__cell">
        {figures === undefined || figures.actions === 0 ? (
          <span className="bl-secondary">None</span>
        ) : (
          <span className="bl-nowrap">
            {figures.openActions} of {figures.actions} open
          </span>
        )}
      </td>
      <td className="govuk-table__cell">
        {figures === undefined ? null : <FigureMoveTag move={figures.figures} label={figures.figuresLabel} />}
        {figures === undefined || figures.measures === 0 ? null : (
          <span className="bl-cell-note">
            {figures.measures} {figures.measures === 1 ? 'measure' : 'measures'}
          </span>
        )}
      </td>
    </>
  );
}

/** "Figures: 1 improved, 2 no figures yet", for the findings that name measures; nothing when none does. */
export function ComponentFiguresNote({ component }: { component: ComponentReadiness }) {
  const named = component.findingFigures.filter((f) => f.figures !== null);
  if (named.length === 0) return null;
  const counts = new Map<string, number>();
  for (const f of named) counts.set(f.figuresLabel, (counts.get(f.figuresLabel) ?? 0) + 1);
  const words = [...counts.entries()].map(([label, n]) => `${n} ${label.toLowerCase()}`);
  return <span className="bl-cell-note">Figures since the report, by finding: {words.join(', ')}</span>;
}
