import { PageTitle } from '../components/layout';
import { useT } from '../i18n/i18n';
import { Link } from '../router';

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body')}</p>
      <Link href="/">{t('notFound.home')}</Link>
    </>
  );
}
