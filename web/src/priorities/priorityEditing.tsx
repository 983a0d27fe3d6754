import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { BodyOf, ResponseOf } from '../shared/apiTypes.js';
import { ApiError, getJson, sendJson } from '../shared/client.js';
import { ErrorList, type FormProblem } from '../shared/formParts.js';
import { useSession } from '../shared/queries.js';
import { SignInLink } from '../shared/SignInLink.js';

export type CategoryChoices = ResponseOf<'listPriorityCategoryChoices'>;
export type MeasureList = ResponseOf<'listMeasures'>;
export type PrioritySetBody = BodyOf<'recordPrioritySet'>;

/**
 * The roles the server lets record priority sets and edit the catalogue ('priorities.edit'). The
 * web app only talks to the API, so it keeps this list to decide what to offer; the API still
 * refuses anyone else.
 */
const PRIORITY_EDITORS: readonly string[] = ['reviewer', 'performance', 'admin'];

/** Whether the signed-in user may record priorities, with their CSRF token when they may. */
export function usePriorityEditor(): { known: boolean; csrfToken: string | null } {
  const session = useSession();
  const user = session.data?.user ?? null;
  const allowed = user !== null && PRIORITY_EDITORS.includes(user.role);
  return { known: session.data !== undefined, csrfToken: allowed ? (session.data?.csrfToken ?? null) : null };
}

export function useCategoryChoices() {
  return useQuery({
    queryKey: ['priority-catalogue', 'categories'],
    queryFn: () => getJson<CategoryChoices>('/api/priorities/catalogue/categories'),
  });
}

export function useMeasureList() {
  return useQuery({ queryKey: ['measures'], queryFn: () => getJson<MeasureList>('/api/measures') });
}

/**
 * Sends one change and refetches every local priorities query, since a set or the catalogue shows
 * on all their pages. A refusal comes back as a problem linked to the field the server names.
 */
export function usePrioritySend(csrfToken: string, target: (field: string | null) => string) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const send = async <T,>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<T | FormProblem> => {
    setBusy(true);
    try {
      const result = await sendJson<T>(method, path, body, csrfToken);
      for (const key of ['priority-sets', 'priority-borough', 'priority-history', 'priority-catalogue']) {
        await queryClient.invalidateQueries({ queryKey: [key] });
      }
      return result;
    } catch (error) {
      const field = error instanceof ApiError ? error.field : null;
      return { message: (error as Error).message, target: target(field) };
    } finally {
      setBusy(false);
    }
  };
  return { send, busy };
}

/** Whether a send came back refused. */
export function isProblem(value: unknown): value is FormProblem {
  return typeof value === 'object' && value !== null && 'target' in value && 'message' in value;
}

/** The message for a field, if any problem is linked to it. */
export function messageFor(problems: readonly FormProblem[], id: string): string | undefined {
  return problems.find((p) => p.target === id)?.message;
}

/** Asks the public and those who may not edit to sign in as someone who may. */
export function NotAllowedToEdit({ what }: { what: string }) {
  return (
    <p className="govuk-body" data-testid="not-allowed">
      Only the oversight body&apos;s analysts and the force&apos;s performance team can {what}.{' '}
      <SignInLink className="govuk-link">Sign in</SignInLink> as one of them to do it.
    </p>
  );
}

interface EditSectionProps {
  formId: string;
  heading?: string;
  intro?: ReactNode;
  problems: readonly FormProblem[];
  busy: boolean;
  submit: string;
  onSubmit: () => Promise<void>;
  children: ReactNode;
}

/** One form of a page: its heading, what it does, every problem it found, its fields and its button. */
export function EditSection({ formId, heading, intro, problems, busy, submit, onSubmit, children }: EditSectionProps) {
  const form = (
    <>
      <ErrorList problems={problems} />
      <form
        id={formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        {children}
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
          {submit}
        </button>
      </form>
    </>
  );
  if (heading === undefined) return form;
  return (
    <section className="bl-response-form" aria-labelledby={`${formId}-heading`}>
      <h2 className="govuk-heading-m" id={`${formId}-heading`}>
        {heading}
      </h2>
      {intro}
      {form}
    </section>
  );
}

/** A form's problems, told to the page too so that its title can start "Error: ". */
export function useProblems(onProblems: (count: number) => void) {
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const show = (found: FormProblem[]) => {
    setProblems(found);
    onProblems(found.length);
  };
  return { problems, show };
}
