import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { StatusPage } from '@/components/status/status-page';

export default function NotFound() {
  const t = useTranslations('errors.notFound');
  return (
    <StatusPage
      code={t('code')}
      title={t('title')}
      actions={
        <Link href="/" className="button">
          {t('home')}
        </Link>
      }
    >
      <p>{t('body')}</p>
    </StatusPage>
  );
}
