import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { api, ApiFailure, unwrap } from '../api/client';
import { ConfirmDialog } from '../components/confirm';
import { Notice, PageTitle } from '../components/layout';
import { formatDateTime } from '../i18n/format';
import { useLocale, useT } from '../i18n/i18n';
import { useLocation } from '../router';
import { useSession } from '../session-context';

/**
 * The link of the mail to a partner organisation without members (`/invitations/partner?token=…`,
 * src/domains/applications/partner-mails.ts). The person at that address, signed in with it, consents
 * for the organisation, or declines ("Weigeren", after a confirmation: the coordinator is told, and the
 * application cannot be submitted while the organisation is a partner).
 */
export function PartnerInvitationPage() {
  const t = useT();
  const { locale } = useLocale();
  const { search } = useLocation();
  const token = search.get('token') ?? '';
  const session = useSession();
  const [confirming, setConfirming] = useState(false);
  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/api/partner-invitations/accept-token', { body: { token } })),
  });
  const decline = useMutation({
    mutationFn: () => unwrap(api.POST('/api/partner-invitations/decline-token', { body: { token } })),
    onSettled: () => setConfirming(false),
  });
  const error = accept.error ?? decline.error;
  const failure = error instanceof ApiFailure ? error.error : undefined;
  const busy = accept.isPending || decline.isPending;
  const date = (d: { answeredAt: string | null }) =>
    formatDateTime(d.answeredAt ?? new Date().toISOString(), locale);
  return (
    <div className="narrow">
      <PageTitle>{t('invitation.partnerTitle')}</PageTitle>
      {accept.data ? (
        <Notice kind="success">
          <p>
            {t('invitation.partnerAccepted', { name: accept.data.organisationName, date: date(accept.data) })}
          </p>
          <p>{t('invitation.partnerAfter')}</p>
        </Notice>
      ) : decline.data ? (
        <Notice kind="success">
          <p>
            {t('invitation.partnerDeclined', {
              name: decline.data.organisationName,
              date: date(decline.data),
            })}
          </p>
          <p>{t('invitation.partnerDeclinedAfter')}</p>
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
                  ? decline.error
                    ? t('invitation.partnerDeclineClosed')
                    : t('invitation.partnerClosed')
                  : failure && failure.statusCode !== 400
                    ? failure.message
                    : t('invitation.invalid')}
            </div>
          ) : null}
          {token !== '' ? (
            <div className="actions">
              <Button className="button" onPress={() => accept.mutate()} isDisabled={busy}>
                {t('invitation.partnerAccept')}
              </Button>
            </div>
          ) : null}
          <h2>{t('invitation.partnerDeclineTitle')}</h2>
          <p>{t('invitation.partnerDeclineIntro')}</p>
          {token !== '' ? (
            <div className="actions">
              <Button
                className="button button-secondary"
                onPress={() => {
                  accept.reset();
                  decline.reset();
                  setConfirming(true);
                }}
                isDisabled={busy}
              >
                {t('invitation.partnerDeclineButton')}
              </Button>
            </div>
          ) : null}
          <ConfirmDialog
            isOpen={confirming}
            onClose={() => setConfirming(false)}
            title={t('invitation.partnerDeclineConfirmTitle')}
            confirm={t('invitation.partnerDeclineConfirm')}
            onConfirm={() => decline.mutate()}
            busy={decline.isPending}
          >
            <p>{t('invitation.partnerDeclineConfirmIntro')}</p>
          </ConfirmDialog>
        </>
      )}
    </div>
  );
}
