import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, sendJson } from '../shared/client.js';
import { fieldTarget, type FormProblem } from '../shared/formParts.js';
import { usePageTitle } from '../shared/usePageTitle.js';

/** The API field names a form calls something else: "ssoEmail" is the form's "sso-email" field, and so on. */
export type FieldAliases = Readonly<Record<string, string>>;

/**
 * Sends one change to an account, then refetches the users; a refusal becomes a problem linked to
 * the field the API names (or the form's first field), for the form's error summary.
 */
export function useAccountChange(csrfToken: string, formId: string, known: readonly string[], aliases: FieldAliases) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (method: 'POST' | 'PATCH', path: string, body: unknown): Promise<{ result: unknown } | null> => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await sendJson<unknown>(method, path, body, csrfToken);
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      return { result };
    } catch (error) {
      const field = error instanceof ApiError ? error.field : null;
      setProblem({ message: (error as Error).message, target: fieldTarget(formId, field, known, aliases) });
      return null;
    } finally {
      setBusy(false);
    }
  };
  const errorFor = (id: string) => (problem?.target === id ? problem.message : undefined);
  return { send, problem, setProblem, busy, errorFor };
}

/** GOV.UK pages with a problem on them say so first in their title, so screen readers hear it at once. */
export function useTitleWithProblem(title: string, problem: FormProblem | null): void {
  usePageTitle(problem === null ? title : `Error: ${title}`);
}

/** A strong password, made in the browser and shown once, of the same strength the API makes. */
export function strongPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export const ROLE_CHOICES = [
  {
    value: 'owner',
    label: 'Owner',
    hint: 'Writes the quarterly updates and answers findings for the units in their scope',
  },
  { value: 'performance', label: 'Performance team', hint: 'Runs the cycle: reviews, publishes and decides findings' },
  { value: 'reviewer', label: 'Reviewer', hint: 'Reads everything and edits local priorities' },
  { value: 'viewer', label: 'Viewer', hint: 'Reads the internal pages' },
  { value: 'admin', label: 'Administrator', hint: 'Runs the cycle and manages accounts' },
] as const;

export type RoleName = (typeof ROLE_CHOICES)[number]['value'];

export function roleLabel(role: string): string {
  return ROLE_CHOICES.find((choice) => choice.value === role)?.label ?? role;
}
