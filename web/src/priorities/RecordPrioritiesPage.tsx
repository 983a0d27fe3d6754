import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { NotAllowedToEdit, usePriorityEditor } from './priorityEditing.js';
import { usePriorityCatalogue, usePrioritySets } from './priorityQueries.js';
import { RecordPrioritiesForm } from './RecordPrioritiesForm.js';
import type { PrioritySetList } from './priorityTypes.js';

/** The borough's name and its latest set for the year, or nothing when it is not a borough. */
function boroughIn(list: PrioritySetList, code: string) {
  const set = list.sets.find((s) => s.boroughCode === code);
  if (set !== undefined) return { name: set.borough.name, latest: set };
  const without = list.boroughsWithoutSet.find((b) => b.code === code);
  return without === undefined ? null : { name: without.name, latest: null };
}

/** Records a borough's local priorities for a year; a later set is a new version with its reason. */
export function RecordPrioritiesPage() {
  const { year = '', borough = '' } = useParams();
  const navigate = useNavigate();
  const editor = usePriorityEditor();
  const sets = usePrioritySets(year);
  const catalogue = usePriorityCatalogue();
  const [errors, setErrors] = useState(0);
  const found = sets.data === undefined ? null : boroughIn(sets.data, borough);
  const heading = `Record ${found?.name ?? 'a borough'}'s priorities for ${sets.data?.year ?? year}`;
  usePageTitle(`${errors > 0 ? 'Error: ' : ''}${heading}`);
  const back = `/priorities/${year}/boroughs/${borough}`;
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: `/priorities/${year}`, label: `Local priorities ${year}` },
          ...(found?.latest ? [{ to: back, label: found.name }] : []),
        ]}
      />
      <span className="govuk-caption-l">Local priorities {year}</span>
      <h1 className="govuk-heading-l">{heading}</h1>
      {!editor.known ? null : editor.csrfToken === null ? (
        <NotAllowedToEdit what="record a borough's priorities" />
      ) : (
        <QueryState
          data={sets.data && catalogue.data ? { list: sets.data, catalogue: catalogue.data } : undefined}
          error={sets.error ?? catalogue.error}
          isPending={sets.isPending || catalogue.isPending}
          what="the borough's priorities"
        >
          {({ catalogue: { eligible } }) =>
            found === null ? (
              <p className="govuk-body">There is no borough called &quot;{borough}&quot;.</p>
            ) : (
              <RecordPrioritiesForm
                year={year}
                boroughCode={borough}
                boroughName={found.name}
                eligible={eligible}
                latest={found.latest}
                csrfToken={editor.csrfToken ?? ''}
                onProblems={setErrors}
                onRecorded={(version) => {
                  void navigate(back, { state: { recorded: version } });
                }}
              />
            )
          }
        </QueryState>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={found?.latest ? back : `/priorities/${year}`}>
          Go back without recording
        </Link>
      </p>
    </>
  );
}
