import 'server-only';
import { ZodError } from 'zod';
import { HttpError, describeZodError } from '@/lib/http/errors';
import type { ActionState } from './action-state';

/** A refused or failed action as a readable message; unexpected errors are logged, not shown. */
export function actionError(error: unknown): ActionState {
  if (error instanceof HttpError) return { status: 'error', message: error.message };
  if (error instanceof ZodError) return { status: 'error', message: describeZodError(error) };
  if (error instanceof Error && error.name === 'RetentionConfigError') return { status: 'error', message: error.message };
  console.error('[pathwise] admin action failed', error);
  return { status: 'error', message: 'Something went wrong on our side. The error has been logged.' };
}
