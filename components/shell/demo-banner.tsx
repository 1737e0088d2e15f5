import { useTranslations } from 'next-intl';
import styles from './demo-banner.module.css';

/** On every page while the demo seed's data and its published passwords are in the database. */
export function DemoBanner() {
  const t = useTranslations('shell.demoBanner');
  return (
    <p className={styles.banner} role="note" data-demo-banner>
      <strong>{t('title')}</strong> {t.rich('body', { code: (chunks) => <code>{chunks}</code> })}
    </p>
  );
}
