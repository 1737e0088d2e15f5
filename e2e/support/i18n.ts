// The zh-CN leftover-English check: what a reader sees (the innerText of <main>, the navigation and
// the header, plus aria-label, title, alt and placeholder text there) must hold no English word outside the allow-list.
// User data (names, site names, page paths, course and quest titles) is marked translate="no" in the
// markup, the HTML attribute for "do not translate this", and skipped; so is text marked with another lang.
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { LOCALE_COOKIE, type Locale } from '../../lib/i18n/config';
import { baseURL } from '../playwright.config';

/** Words that stay as they are in Chinese text: the brand, product and technology names, units. */
export const ALLOWED_WORDS = new Set([
  'Pathwise',
  'ms',
  'KB',
  'MB',
  'GB',
  'HTTP',
  'NDJSON',
  'AWS',
  'UTC',
  'GMT',
  'ID',
  'ISO',
  'URL',
  'UTM',
  'CSV',
  'XLSX',
  'JSON',
  'Parquet',
  'SDK',
  'LRS',
  'xAPI',
  'API',
  'WeChat',
  'DingTalk',
  'Chrome',
  'Safari',
  'Firefox',
  'Edge',
  'Windows',
  'macOS',
  'iOS',
  'Android',
  'Linux',
]);

/** Paths, URLs, e-mail addresses, hosts, query parameters and attribute names are data or code, not words. */
const NOT_WORDS = [
  /\butm_[a-z]+\b/gi,
  // Funnel steps name platform events in their own syntax, as paths are.
  /\bevent:\s*[\w.-]+/g,
  /\bdata-[a-z-]+\b/g,
  /\?[a-z_]+=\S*/g,
  /\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/g,
  /\bhttps?:\/\/\S+/g,
  /(^|\s)\/[\w\-./?=&%#:]*/g,
  /\b[\w-]+(\.[\w-]+)+\b/g,
];

export async function useLocaleCookie(context: BrowserContext, locale: Locale): Promise<void> {
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL }]);
}

/** Picks a language in the header's switcher (saved to the profile when signed in) and waits for the page to follow. */
export async function chooseLocale(page: Page, locale: Locale): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) === locale) return;
  await page.getByTestId('language-switcher').selectOption(locale);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** The visible text and accessible names of main, nav and header, without user data or other-language text. */
export async function readableText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = '[translate="no"], code, kbd, script, style';
    const foreign = (element: Element) => {
      const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
      return !lang.startsWith('zh');
    };
    const texts: string[] = [];
    for (const root of document.querySelectorAll('main, nav, header')) {
      const clone = root.cloneNode(true) as HTMLElement;
      // innerText needs layout: measure a hidden-less copy next to the original, minus what is skipped.
      for (const element of clone.querySelectorAll(skip)) element.remove();
      for (const element of [...clone.querySelectorAll('[lang]')].filter(foreign)) element.remove();
      clone.style.position = 'absolute';
      clone.style.left = '-99999px';
      root.parentElement?.appendChild(clone);
      texts.push(clone.innerText);
      clone.remove();
      for (const element of root.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
        if (element.closest(skip) || foreign(element)) continue;
        for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
          const value = element.getAttribute(name);
          if (value) texts.push(value);
        }
      }
    }
    return texts;
  });
}

/** The English words left in `texts`, with a little context for the failure message. */
export function englishLeftovers(texts: string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    let rest = text;
    for (const pattern of NOT_WORDS) rest = rest.replace(pattern, ' ');
    for (const match of rest.matchAll(/[A-Za-z][A-Za-z'’]*/g)) {
      const word = match[0];
      if (word.length < 2 || ALLOWED_WORDS.has(word)) continue;
      const start = Math.max(0, match.index - 20);
      found.push(
        `${word}  «${rest
          .slice(start, match.index + word.length + 20)
          .replace(/\s+/g, ' ')
          .trim()}»`,
      );
    }
  }
  return [...new Set(found)];
}
