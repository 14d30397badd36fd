import { PageTitle } from '../components/layout';
import { useT } from '../i18n/i18n';

/**
 * The accessibility statement (toegankelijkheidsverklaring): the conformance level aimed at, how the
 * portal is tested, what is known not to conform yet, and how to report a problem.
 */
export function AccessibilityPage() {
  const t = useT();
  return (
    <div className="narrow">
      <PageTitle>{t('a11y.title')}</PageTitle>
      <p>{t('a11y.intro')}</p>
      <h2>{t('a11y.levelTitle')}</h2>
      <p>{t('a11y.level')}</p>
      <h2>{t('a11y.testedTitle')}</h2>
      <ul>
        <li>{t('a11y.tested1')}</li>
        <li>{t('a11y.tested2')}</li>
        <li>{t('a11y.tested3')}</li>
        <li>{t('a11y.tested4')}</li>
      </ul>
      <h2>{t('a11y.knownTitle')}</h2>
      <ul>
        <li>{t('a11y.known1')}</li>
        <li>{t('a11y.known2')}</li>
        <li>{t('a11y.known3')}</li>
      </ul>
      <h2>{t('a11y.contactTitle')}</h2>
      <p>{t('a11y.contact')}</p>
      <p className="caption">{t('a11y.date')}</p>
    </div>
  );
}
