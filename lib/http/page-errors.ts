import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { HttpError } from './errors';

/**
 * For pages: a refusal from the data layer becomes Next's 404 or 403 page (with that status);
 * anything else is rethrown to the nearest error boundary.
 */
export async function orErrorPage<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) notFound();
    if (error instanceof HttpError && error.status === 403) forbidden();
    throw error;
  }
}
