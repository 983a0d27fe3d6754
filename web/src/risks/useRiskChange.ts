import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, sendJson } from '../shared/client.js';
import { useFormProblem } from '../shared/useChange.js';

/**
 * Sends a change to the register (adding and reviewing are POSTs, an edit is a PUT, which the
 * shared change hook does not send), then refetches the register and shows a refusal on the field
 * the API names.
 */
export function useRiskChange(formId: string, ids: readonly string[], csrfToken: string) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<{ message: string; field: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const { problem, setMissing, errorFor } = useFormProblem(formId, ids, failure);
  const send = async <T>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<T | null> => {
    setBusy(true);
    setFailure(null);
    setMissing(null);
    try {
      const result = await sendJson<T>(method, path, body, csrfToken);
      await queryClient.invalidateQueries({ queryKey: ['risks'] });
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
