import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, sendJson } from './client.js';
import { fieldTarget, type FormProblem } from './formParts.js';

export interface ChangeFailure {
  message: string;
  /** The request field the API says is at fault, if it names one. */
  field: string | null;
}

/**
 * Sends one change with the session's CSRF token, then refetches the queries it touched and
 * announces the outcome; a refusal is kept, with the field it names, for the form to show.
 * The answer comes wrapped, so that an empty answer still tells success from refusal.
 */
export function useChange(csrfToken: string, announce: (text: string) => void, touched: readonly string[]) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<ChangeFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async <T>(
    method: 'POST' | 'DELETE',
    path: string,
    body: unknown,
    success: (result: T) => string,
  ): Promise<{ result: T } | null> => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await sendJson<T>(method, path, body, csrfToken);
      for (const key of touched) await queryClient.invalidateQueries({ queryKey: [key] });
      announce(success(result));
      return { result };
    } catch (error) {
      const field = error instanceof ApiError ? error.field : null;
      setFailure({ message: (error as Error).message, field });
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { send, failure, setFailure, busy };
}

/**
 * The problem a form shows: a required field left empty (checked before sending), else what the API
 * refused, linked to the field it names (through aliases where the form calls it something else).
 */
export function useFormProblem(
  formId: string,
  known: readonly string[],
  failure: ChangeFailure | null,
  aliases: Readonly<Record<string, string>> = {},
) {
  const [missing, setMissing] = useState<FormProblem | null>(null);
  const problem: FormProblem | null =
    missing ??
    (failure === null
      ? null
      : { message: failure.message, target: fieldTarget(formId, failure.field, known, aliases) });
  const errorFor = (id: string) => (problem?.target === id ? problem.message : undefined);
  return { problem, setMissing, errorFor };
}

/** The first required field left empty, as a problem linked to it: [field id, value, message]. */
export function firstMissing(checks: readonly [string, string, string][]): FormProblem | null {
  const missing = checks.find(([, value]) => value.trim() === '');
  return missing === undefined ? null : { message: missing[2], target: missing[0] };
}
