import { useTranslations } from 'next-intl';

/** The id every page's <main> carries, so the skip link has one target. */
export const MAIN_ID = 'main';

/**
 * The first thing a keyboard reaches on every page: jumps past the banner, header and section
 * navigation. Hidden until focused (see .skip-link in globals.css).
 */
export function SkipLink() {
  const t = useTranslations('shell');
  return (
    <a className="skip-link" href={`#${MAIN_ID}`}>
      {t('skipLink')}
    </a>
  );
}
