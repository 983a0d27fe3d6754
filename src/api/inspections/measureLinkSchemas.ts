import { z } from 'zod';
import { findingParams } from './responseSchemas.js';

/** What the routes that link a finding to a measure accept and answer. */

const measureCode = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, { error: 'must be a measure code such as vetting-backlog' });

export const measureLinkBody = z.strictObject({
  measure: measureCode.describe('The code of the measure that shows whether the problem is fixed'),
});

export const measureLinkParams = findingParams.extend({ measure: measureCode });

export const measureLinkResult = z.object({ inspection: z.string(), ref: z.string(), measure: z.string() });
