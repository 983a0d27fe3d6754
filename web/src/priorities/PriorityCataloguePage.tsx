import { useState } from 'react';
import { Link } from 'react-router';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { SuccessBanner } from '../shared/formParts.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { EligibleCategoriesForm } from './EligibleCategoriesForm.js';
import {
  NotAllowedToEdit,
  useCategoryChoices,
  useMeasureList,
  usePriorityEditor,
  type CategoryChoices,
  type MeasureList,
} from './priorityEditing.js';
import type { PriorityCatalogue } from './priorityTypes.js';
import { usePriorityCatalogue } from './priorityQueries.js';
import { StandingPrioritiesForm } from './StandingPrioritiesForm.js';

const TITLE = 'Change the priorities catalogue';

interface FormsProps {
  data: { catalogue: PriorityCatalogue; choices: CategoryChoices; measures: MeasureList };
  csrfToken: string;
  announce: (text: string) => void;
  onProblems: (form: 'eligible' | 'standing', count: number) => void;
}

function CatalogueForms({ data, csrfToken, announce, onProblems }: FormsProps) {
  return (
    <>
      <EligibleCategoriesForm
        choices={data.choices.categories}
        csrfToken={csrfToken}
        announce={announce}
        onProblems={(count) => {
          onProblems('eligible', count);
        }}
      />
      <StandingPrioritiesForm
        standing={data.catalogue.standing}
        categories={data.choices.categories}
        measures={data.measures.measures}
        csrfToken={csrfToken}
        announce={announce}
        onProblems={(count) => {
          onProblems('standing', count);
        }}
      />
    </>
  );
}

/** The crimes boroughs may choose and the standing priorities every borough has, for those who may change them. */
export function PriorityCataloguePage() {
  const editor = usePriorityEditor();
  const catalogue = usePriorityCatalogue();
  const choices = useCategoryChoices();
  const measures = useMeasureList();
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState({ eligible: 0, standing: 0 });
  usePageTitle(`${errors.eligible + errors.standing > 0 ? 'Error: ' : ''}${TITLE}`);
  const loaded =
    catalogue.data && choices.data && measures.data
      ? { catalogue: catalogue.data, choices: choices.data, measures: measures.data }
      : undefined;
  return (
    <>
      <Breadcrumbs trail={[{ to: '/priorities', label: 'Local priorities' }]} />
      {notice === null ? null : <SuccessBanner text={notice} />}
      <span className="govuk-caption-l">Local priorities</span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      {!editor.known ? null : editor.csrfToken === null ? (
        <NotAllowedToEdit what="change the priorities catalogue" />
      ) : (
        <QueryState
          data={loaded}
          error={catalogue.error ?? choices.error ?? measures.error}
          isPending={loaded === undefined}
          what="the priorities catalogue"
        >
          {(data) => (
            <CatalogueForms
              data={data}
              csrfToken={editor.csrfToken ?? ''}
              announce={setNotice}
              onProblems={(form, count) => {
                setErrors((e) => ({ ...e, [form]: count }));
              }}
            />
          )}
        </QueryState>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to="/priorities">
          Back to local priorities
        </Link>
      </p>
    </>
  );
}
