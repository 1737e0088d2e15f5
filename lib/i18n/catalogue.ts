// Reads a locale's message catalogue: one JSON file per namespace under lib/i18n/messages/<locale>/,
// merged into { <namespace>: { ...messages } }. Files rather than one big catalogue, so people
// translating different areas never edit the same file. Used by the request config and the tests.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from './config';

export type Messages = Record<string, Record<string, unknown>>;

export const MESSAGES_DIR = path.join(process.cwd(), 'lib', 'i18n', 'messages');

export function readCatalogue(locale: Locale, dir = MESSAGES_DIR): Messages {
  const folder = path.join(dir, locale);
  const messages: Messages = {};
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    messages[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Record<string, unknown>;
  }
  return messages;
}

const cached = new Map<Locale, Messages>();

/** Cached in production; re-read in development so catalogue edits show on the next request. */
export function loadCatalogue(locale: Locale): Messages {
  if (process.env.NODE_ENV === 'development') return readCatalogue(locale);
  let messages = cached.get(locale);
  if (!messages) {
    messages = readCatalogue(locale);
    cached.set(locale, messages);
  }
  return messages;
}
