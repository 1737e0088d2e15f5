// The flow (Sankey) options as URL parameters, shared by /dashboard/flows and /api/analytics/sankey.
import { z } from 'zod';

const flowParamsSchema = {
  steps: z.coerce
    .number({ error: 'steps must be a number' })
    .int('steps must be a whole number')
    .min(2, 'steps must be 2 to 8')
    .max(8, 'steps must be 2 to 8')
    .default(5),
  top: z.coerce
    .number({ error: 'top must be a number' })
    .int('top must be a whole number')
    .min(1, 'top must be 1 to 20')
    .max(20, 'top must be 1 to 20')
    .default(6),
  entry: z.string().startsWith('/', 'entry must be a page path starting with /').max(300).nullable().default(null),
};

export const flowParams = z.object(flowParamsSchema);
