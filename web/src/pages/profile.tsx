import { Label, Radio, RadioGroup } from 'react-aria-components';
import { PageTitle } from '../components/layout';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import type { Locale } from '../i18n/format';
import { useSession } from '../session-context';

/** The signed-in user's account and the portal's language. */
export function ProfilePage() {
  const t = useT();
  const label = useLabel();
  const session = useSession();
  const { locale, setLocale } = useLocale();
  if (!session) return null;
  const u = session.user;
  return (
    <>
      <PageTitle>{t('profile.title')}</PageTitle>
      <dl className="facts facts-wide">
        <div>
          <dt>{t('register.fullName')}</dt>
          <dd>{u.fullName}</dd>
        </div>
        <div>
          <dt>{t('register.email')}</dt>
          <dd>{u.email}</dd>
        </div>
        <div>
          <dt>{t('profile.role')}</dt>
          <dd>{label('role', u.role)}</dd>
        </div>
      </dl>
      <RadioGroup
        className="field radio-group"
        value={locale}
        onChange={(v) => setLocale(v as Locale)}
        orientation="vertical"
      >
        <Label>{t('profile.language')}</Label>
        <Radio value="nl" className="radio">
          Nederlands
        </Radio>
        <Radio value="en" className="radio">
          English
        </Radio>
      </RadioGroup>
      <p className="hint">{t('profile.languageHint')}</p>
    </>
  );
}
