// Server components' shortcuts: the request's locale as a Pathwise Locale, and a formatter for it
// in a given time zone (the site's).
import 'server-only';
import { getLocale } from 'next-intl/server';
import { isLocale, type Locale } from './config';
import { createFormatter, type Formatter } from './format';

export async function requestLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : 'en';
}

export async function getFormat(timeZone = 'UTC'): Promise<Formatter> {
  return createFormatter(await requestLocale(), timeZone);
}
