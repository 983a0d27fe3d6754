import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { getJson } from '../shared/client.js';
import { formatDate } from '../shared/format.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { dayFromSearch, kindNote, URGENCY_TAGS, WORK_SECTIONS, type MyWork, type WorkItem } from './workItems.js';

function UrgencyTag({ urgency }: { urgency: WorkItem['urgency'] }) {
  const tag = URGENCY_TAGS[urgency];
  return tag === null ? null : <strong className={`govuk-tag ${tag.className}`}>{tag.label}</strong>;
}

function WorkEntry({ item }: { item: WorkItem }) {
  const note = kindNote(item.kind);
  return (
    <li className="bl-work__item">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <Link className="govuk-link govuk-!-font-weight-bold" to={item.path}>
          {item.title}
        </Link>
      </p>
      <p className="govuk-body-s bl-work__meta">
        <UrgencyTag urgency={item.urgency} />
        <span>{item.deadline === null ? 'No deadline set' : `Due by ${formatDate(item.deadline)}`}</span>
        {note === null ? null : <span>{note}</span>}
      </p>
      {item.comment === null ? null : (
        <div className="govuk-inset-text bl-work__comment">
          <span className="govuk-!-font-weight-bold">Reviewer&apos;s comment: </span>
          {item.comment}
        </div>
      )}
    </li>
  );
}

function WorkSections({ work }: { work: MyWork }) {
  const sections = WORK_SECTIONS.map((section) => ({
    ...section,
    items: work.items.filter((item) => section.kinds.includes(item.kind)),
  })).filter((section) => section.items.length > 0);
  if (sections.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">Nothing needs you today</h2>
        <p className="govuk-body">
          You have no updates to write or review, no findings or board actions waiting for you and no quarter to
          publish.
        </p>
      </>
    );
  }
  return (
    <>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`work-${section.id}`} className="bl-work__section">
          <h2 className="govuk-heading-m" id={`work-${section.id}`}>
            {section.title} <span className="govuk-caption-m bl-work__count">{countText(section.items.length)}</span>
          </h2>
          <p className="govuk-hint">{section.hint}</p>
          <ul className="govuk-list bl-work">
            {section.items.map((item) => (
              <WorkEntry key={item.key} item={item} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function countText(count: number): string {
  return count === 1 ? '1 item' : `${count} items`;
}

/** The signed-in home page: what needs this person, most urgent first within each kind of work. */
export function MyWorkPage({ name }: { name: string }) {
  usePageTitle('What needs you');
  const on = dayFromSearch(useLocation().search);
  const work = useQuery({
    queryKey: ['my-work', on],
    queryFn: () => getJson<MyWork>('/api/my-work', { on }),
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-xl">{name}</span>
        <h1 className="govuk-heading-xl">What needs you</h1>
        <QueryState {...work} what="your work">
          {(data) => (
            <>
              <p className="govuk-body">
                Deadlines as at {formatDate(data.on)}. Due soon means within 7 days; update deadlines follow each
                plan&apos;s reporting calendar.
              </p>
              <WorkSections work={data} />
            </>
          )}
        </QueryState>
      </div>
    </div>
  );
}
