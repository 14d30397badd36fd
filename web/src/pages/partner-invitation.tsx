import { useMutation } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { api, ApiFailure, unwrap } from '../api/client';
import { Notice, PageTitle } from '../components/layout';
import { formatDateTime } from '../i18n/format';
import { useLocale, useT } from '../i18n/i18n';
import { useLocation } from '../router';
import { useSession } from '../session-context';

/**
 * The link of the mail to a partner organisation without members (`/invitations/partner?token=…`,
 * src/domains/applications/partner-mails.ts). The person at that address, signed in with it, consents
 * for the organisation. Declining needs nothing: the API takes no refusal by mail link (a refusal comes
 * from the organisation's members in the application), so the page says that ignoring the mail is enough.
 */
export function PartnerInvitationPage() {
  const t = useT();
  const { locale } = useLocale();
  const { search } = useLocation();
  const token = search.get('token') ?? '';
  const session = useSession();
  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/api/partner-invitations/accept-token', { body: { token } })),
  });
  const failure = accept.error instanceof ApiFailure ? accept.error.error : undefined;
  const done = accept.data;
  return (
    <div className="narrow">
      <PageTitle>{t('invitation.partnerTitle')}</PageTitle>
      {done ? (
        <Notice kind="success">
          <p>
            {t('invitation.partnerAccepted', {
              name: done.organisationName,
              date: formatDateTime(done.answeredAt ?? new Date().toISOString(), locale),
            })}
          </p>
          <p>{t('invitation.partnerAfter')}</p>
        </Notice>
      ) : (
        <>
          <p>{t('invitation.partnerIntro', { email: session?.user.email ?? '' })}</p>
          <p>{t('invitation.partnerDeMinimis')}</p>
          {token === '' || failure ? (
            <div className="notice notice-error" role="alert">
              <strong>{t('invitation.failed')}</strong>{' '}
              {failure?.statusCode === 403
                ? t('invitation.otherAddress', { email: session?.user.email ?? '' })
                : failure?.code === 'INVALID_TRANSITION'
                  ? t('invitation.partnerClosed')
                  : failure && failure.statusCode !== 400
                    ? failure.message
                    : t('invitation.invalid')}
            </div>
          ) : null}
          {token !== '' ? (
            <div className="actions">
              <Button className="button" onPress={() => accept.mutate()} isDisabled={accept.isPending}>
                {t('invitation.partnerAccept')}
              </Button>
            </div>
          ) : null}
          <h2>{t('invitation.partnerDeclineTitle')}</h2>
          <p>{t('invitation.partnerDecline')}</p>
        </>
      )}
    </div>
  );
}
