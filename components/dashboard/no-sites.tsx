import { useTranslations } from 'next-intl';
import styles from './dashboard.module.css';

/** An instructor whose courses are on no site yet, or a fresh install with no sites. */
export function NoSites({ isAdmin }: { isAdmin: boolean }) {
  const t = useTranslations('dashboard.noSites');
  return (
    <section className={`card ${styles.empty}`}>
      <h2>{t('title')}</h2>
      <p className="muted">{isAdmin ? t('admin') : t('instructor')}</p>
    </section>
  );
}
