import type { Progress, StatusCategory, StatusDefinition } from './planTypes.js';
import { countOf } from './planText.js';

/** One status's share of a set of milestones; "none" is a milestone with no update yet. */
export interface ProgressSegment {
  code: string;
  label: string;
  symbol: string | null;
  category: StatusCategory | 'none';
  count: number;
}

export const NO_UPDATE = {
  code: 'none',
  label: 'No update yet',
  meaning: 'The owner has not yet reported on this milestone, or the report is not published yet.',
};

/** The counts in the plan's own status order, then the milestones with no update yet. */
export function progressSegments(progress: Progress, statuses: readonly StatusDefinition[]): ProgressSegment[] {
  const segments: ProgressSegment[] = statuses.map((status) => ({
    code: status.code,
    label: status.label,
    symbol: status.symbol,
    category: status.category,
    count: progress.byStatus[status.code] ?? 0,
  }));
  const known = new Set([...statuses.map((status) => status.code), NO_UPDATE.code]);
  for (const [code, count] of Object.entries(progress.byStatus)) {
    if (!known.has(code)) segments.push({ code, label: code, symbol: null, category: 'not-started', count });
  }
  segments.push({
    code: NO_UPDATE.code,
    label: NO_UPDATE.label,
    symbol: null,
    category: 'none',
    count: progress.byStatus[NO_UPDATE.code] ?? 0,
  });
  return segments.filter((segment) => segment.count > 0);
}

/**
 * A horizontal stacked bar of milestones by status. It is decoration only: every page that
 * draws one says the same counts in words beside it. Drawn in SVG, so the widths need no
 * inline styles (the content security policy allows none).
 */
export function ProgressBar({ segments, small = false }: { segments: ProgressSegment[]; small?: boolean }) {
  const total = segments.reduce((sum, segment) => sum + segment.count, 0);
  if (total === 0) return null;
  const starts = segments.map((_, index) => segments.slice(0, index).reduce((sum, before) => sum + before.count, 0));
  return (
    <svg
      className={`bl-progress-bar${small ? ' bl-progress-bar--small' : ''}`}
      aria-hidden="true"
      focusable="false"
      data-testid="progress-bar"
    >
      {segments.map((segment, index) => {
        const x = ((starts[index] ?? 0) / total) * 100;
        return (
          <rect
            key={segment.code}
            className={`bl-progress-bar__segment bl-progress--${segment.category}`}
            x={`${x}%`}
            y="0"
            width={`${(segment.count / total) * 100}%`}
            height="100%"
          />
        );
      })}
    </svg>
  );
}

/** The bar's key and its text equivalent: a swatch, the status and its count, for each status present. */
export function ProgressKey({ segments }: { segments: ProgressSegment[] }) {
  return (
    <ul className="bl-progress-key">
      {segments.map((segment) => (
        <li className="bl-progress-key__item" key={segment.code} data-status={segment.code}>
          <span className={`bl-progress-key__swatch bl-progress--${segment.category}`} aria-hidden="true" />
          <span className="bl-progress-key__label">
            {segment.symbol ? <span aria-hidden="true">{segment.symbol} </span> : null}
            {segment.label}
          </span>{' '}
          <span className="bl-progress-key__count">{segment.count}</span>
        </li>
      ))}
    </ul>
  );
}

/** "17 milestones: 3 delivered, 14 no update yet" with a small bar, for one part of a plan. */
export function NodeProgress({ progress, statuses }: { progress: Progress; statuses: readonly StatusDefinition[] }) {
  const segments = progressSegments(progress, statuses);
  const parts = segments.map((segment) =>
    segment.code === NO_UPDATE.code
      ? `${segment.count} with no update yet`
      : `${segment.count} ${segment.label.toLowerCase()}`,
  );
  return (
    <div className="bl-node-progress">
      <p className="govuk-body-s bl-node-progress__text">
        {countOf(progress.milestones, 'milestone', 'milestones')}: {parts.join(', ')}
      </p>
      <ProgressBar segments={segments} small />
    </div>
  );
}
