import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, sendJson } from './client.js';
import { useFormProblem } from './useChange.js';

/**
 * Sends a form's change by the method the API asks for (adding is a POST, an edit a PUT, which
 * the shared change hook does not send), then refetches the queries under `refetch` and shows a
 * refusal on the field the API names.
 */
export function useSentChange(
  form: {
    readonly id: string;
    readonly fieldIds: readonly string[];
    readonly aliases?: Readonly<Record<string, string>>;
  },
  csrfToken: string,
  refetch: readonly unknown[],
) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<{ message: string; field: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const { problem, setMissing, errorFor } = useFormProblem(form.id, form.fieldIds, failure, form.aliases);
  const send = async <T>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<T | null> => {
    setBusy(true);
    setFailure(null);
    setMissing(null);
    try {
      const result = await sendJson<T>(method, path, body, csrfToken);
      await queryClient.invalidateQueries({ queryKey: refetch });
      return result;
    } catch (error) {
      setFailure({ message: (error as Error).message, field: error instanceof ApiError ? error.field : null });
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { send, busy, problem, setMissing, errorFor };
}
