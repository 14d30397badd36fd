import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { formatEnterpriseNumber, formatIban, isValidEnterpriseNumber } from '../../../src/kernel/identifiers';
import { api, ApiFailure, type Schemas, unwrap } from '../api/client';
import { useJoinRequests, useMembers, useOrganisation, useTeamInvitations } from '../api/queries';
import { ConfirmDialog } from '../components/confirm';
import { ErrorSummary, type Problem, problemOf, SelectInput, TextInput } from '../components/forms';
import { ErrorMessage, Loading, Notice, PageTitle } from '../components/layout';
import { formatDateTime } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { Link, navigate, useLocation } from '../router';
import { useSession } from '../session-context';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
type Role = Schemas['MemberView']['role'];

/**
 * One organisation and its team: the members and their roles; its administrators invite colleagues by
 * e-mail, change roles, remove members and answer join requests. Every member may leave. The API keeps
 * at least one administrator (409 INVALID_TRANSITION), and says so here.
 */
export function OrganisationPage({ id }: { id: string }) {
  const t = useT();
  const label = useLabel();
  const session = useSession();
  const organisation = useOrganisation(id);
  const members = useMembers(id);
  const me = members.data?.find((m) => m.userId === session?.user.id);
  const isAdmin = me?.role === 'administrator';
  if (organisation.isPending || members.isPending) return <Loading />;
  if (organisation.error) return <ErrorMessage error={organisation.error} />;
  const o = organisation.data;
  return (
    <>
      <PageTitle caption={t('team.caption')}>{o.name}</PageTitle>
      <dl className="facts facts-wide">
        <div>
          <dt>{t('orgs.kbo')}</dt>
          <dd>{formatEnterpriseNumber(o.enterpriseNumber)}</dd>
        </div>
        <div>
          <dt>{t('orgs.kind')}</dt>
          <dd>
            {label('kind', o.kind)}
            {o.smeSize ? ` (${label('smeSize', o.smeSize)})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('orgs.iban')}</dt>
          <dd>{o.iban ? formatIban(o.iban) : '—'}</dd>
        </div>
        <div>
          <dt>{t('team.status')}</dt>
          <dd>
            {label('orgStatus', o.status)}
            {o.status === 'pending' ? <div className="caption">{t('team.pendingHint')}</div> : null}
          </dd>
        </div>
      </dl>
      {members.error ? <ErrorMessage error={members.error} /> : null}
      {members.data ? <Members organisationId={id} members={members.data} isAdmin={isAdmin} /> : null}
      {isAdmin ? <JoinRequests organisationId={id} /> : null}
      {isAdmin ? <SentInvitations organisationId={id} /> : null}
      {isAdmin ? <InviteForm organisationId={id} /> : null}
    </>
  );
}

function Members({
  organisationId,
  members,
  isAdmin,
}: {
  organisationId: string;
  members: Schemas['MemberView'][];
  isAdmin: boolean;
}) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const session = useSession();
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState<Schemas['MemberView'] | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const setRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      unwrap(
        api.PATCH('/api/organisations/{id}/members/{userId}', {
          params: { path: { id: organisationId, userId } },
          body: { role },
        }),
      ),
    onSuccess: (list, { userId, role }) => {
      queryClient.setQueryData(['organisations', organisationId, 'members'], list);
      const name = list.find((m) => m.userId === userId)?.fullName ?? '';
      setDone(t('team.roleChanged', { name, role: label('memberRole', role) }));
    },
  });
  const remove = useMutation({
    mutationFn: (userId: string) =>
      unwrap(
        api.DELETE('/api/organisations/{id}/members/{userId}', {
          params: { path: { id: organisationId, userId } },
        }),
      ),
    onSuccess: async (_r, userId) => {
      setRemoving(undefined);
      if (userId === session?.user.id) {
        // nothing of the organisation left is shown, not even for a moment from the cache
        queryClient.removeQueries({ queryKey: ['organisations'] });
        navigate('/organisaties?verlaten=1');
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'members'] });
      setDone(t('team.removed'));
    },
  });
  const failure = setRole.error ?? remove.error;
  return (
    <section aria-labelledby="team-title">
      <h2 id="team-title">{t('team.title')}</h2>
      <div aria-live="polite">
        {done && !failure ? <Notice kind="success">{done}</Notice> : null}
        {failure ? (
          <div className="notice notice-error" role="alert">
            <strong>{t('team.failed')}</strong>{' '}
            {failure instanceof ApiFailure && failure.error.code === 'INVALID_TRANSITION'
              ? t('team.lastAdmin')
              : failure.message}
          </div>
        ) : null}
      </div>
      <table className="table">
        <caption className="visually-hidden">{t('team.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('team.name')}</th>
            <th scope="col">{t('register.email')}</th>
            <th scope="col">{t('team.role')}</th>
            <th scope="col">{t('team.since')}</th>
            <th scope="col">{t('team.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => {
            const self = m.userId === session?.user.id;
            return (
              <tr key={m.userId}>
                <th scope="row">
                  {m.fullName}
                  {self ? <span className="caption"> ({t('team.you')})</span> : null}
                </th>
                <td>{m.email}</td>
                <td>{label('memberRole', m.role)}</td>
                <td>{formatDateTime(m.since, locale)}</td>
                <td>
                  <div className="actions actions-tight">
                    {isAdmin ? (
                      <Button
                        className="button button-secondary button-small"
                        aria-label={
                          m.role === 'administrator'
                            ? t('team.makeMemberFor', { name: m.fullName })
                            : t('team.makeAdminFor', { name: m.fullName })
                        }
                        onPress={() =>
                          setRole.mutate({
                            userId: m.userId,
                            role: m.role === 'administrator' ? 'member' : 'administrator',
                          })
                        }
                        isDisabled={setRole.isPending}
                      >
                        {m.role === 'administrator' ? t('team.makeMember') : t('team.makeAdmin')}
                      </Button>
                    ) : null}
                    {isAdmin || self ? (
                      <Button
                        className="button button-secondary button-small"
                        aria-label={self ? undefined : t('team.removeFor', { name: m.fullName })}
                        onPress={() => setRemoving(m)}
                      >
                        {self ? t('team.leave') : t('team.remove')}
                      </Button>
                    ) : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ConfirmDialog
        isOpen={removing !== undefined}
        onClose={() => setRemoving(undefined)}
        title={removing?.userId === session?.user.id ? t('team.leaveTitle') : t('team.removeTitle')}
        confirm={removing?.userId === session?.user.id ? t('team.leaveConfirm') : t('team.removeConfirm')}
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing.userId)}
        error={remove.error?.message}
      >
        <p>
          {removing?.userId === session?.user.id
            ? t('team.leaveIntro')
            : t('team.removeIntro', { name: removing?.fullName ?? '' })}
        </p>
      </ConfirmDialog>
    </section>
  );
}

function JoinRequests({ organisationId }: { organisationId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const requests = useJoinRequests(organisationId, true);
  const [done, setDone] = useState<string | undefined>();
  const decide = useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'approve' | 'refuse' }) =>
      unwrap(
        api.POST('/api/organisations/{id}/join-requests/{requestId}/decision', {
          params: { path: { id: organisationId, requestId: id } },
          body: { decision },
        }),
      ),
    onSuccess: async (r) => {
      setDone(
        r.status === 'approved'
          ? t('join.approved', { name: r.fullName })
          : t('join.refused', { name: r.fullName }),
      );
      await queryClient.invalidateQueries({ queryKey: ['organisations', organisationId] });
    },
  });
  return (
    <section aria-labelledby="join-title">
      <h2 id="join-title">{t('join.requestsTitle')}</h2>
      <div aria-live="polite">
        {done ? <Notice kind="success">{done}</Notice> : null}
        {decide.error ? <ErrorMessage error={decide.error} /> : null}
      </div>
      {requests.isPending ? <Loading /> : null}
      {requests.error ? <ErrorMessage error={requests.error} /> : null}
      {requests.data && requests.data.length === 0 ? <p>{t('join.none')}</p> : null}
      {requests.data && requests.data.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('join.requestsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.name')}</th>
              <th scope="col">{t('register.email')}</th>
              <th scope="col">{t('join.message')}</th>
              <th scope="col">{t('join.asked')}</th>
              <th scope="col">{t('team.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {requests.data.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.fullName}</th>
                <td>{r.email}</td>
                <td className="prewrap">{r.message ?? '—'}</td>
                <td>{formatDateTime(r.createdAt, locale)}</td>
                <td>
                  <div className="actions actions-tight">
                    <Button
                      className="button button-small"
                      aria-label={t('join.approveFor', { name: r.fullName })}
                      onPress={() => decide.mutate({ id: r.id, decision: 'approve' })}
                      isDisabled={decide.isPending}
                    >
                      {t('join.approve')}
                    </Button>
                    <Button
                      className="button button-secondary button-small"
                      aria-label={t('join.refuseFor', { name: r.fullName })}
                      onPress={() => decide.mutate({ id: r.id, decision: 'refuse' })}
                      isDisabled={decide.isPending}
                    >
                      {t('join.refuse')}
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** The invitations sent by e-mail that are neither accepted nor expired: address, role, expiry. */
function SentInvitations({ organisationId }: { organisationId: string }) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const invitations = useTeamInvitations(organisationId, true);
  return (
    <section aria-labelledby="sent-invitations-title">
      <h2 id="sent-invitations-title">{t('team.sentTitle')}</h2>
      <p>{t('team.sentIntro')}</p>
      {invitations.isPending ? <Loading /> : null}
      {invitations.error ? <ErrorMessage error={invitations.error} /> : null}
      {invitations.data && invitations.data.length === 0 ? <p>{t('team.sentNone')}</p> : null}
      {invitations.data && invitations.data.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('team.sentTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('register.email')}</th>
              <th scope="col">{t('team.role')}</th>
              <th scope="col">{t('team.sentUntil')}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.data.map((i) => (
              <tr key={i.id}>
                <th scope="row">{i.email}</th>
                <td>{label('memberRole', i.role)}</td>
                <td>{formatDateTime(i.expiresAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function InviteForm({ organisationId }: { organisationId: string }) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [language, setLanguage] = useState<'nl' | 'en'>(locale);
  const [problems, setProblems] = useState<Problem[]>([]);
  const invite = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/organisations/{id}/invitations', {
          params: { path: { id: organisationId } },
          body: { email: email.trim(), role, language },
        }),
      ),
    onSuccess: async () => {
      setEmail('');
      await queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'invitations'] });
    },
    onError: (err) =>
      setProblems([{ field: 'invite-email', message: `${t('common.error')} ${err.message}` }]),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = EMAIL.test(email.trim())
      ? []
      : [{ field: 'invite-email', message: t('register.emailInvalid') }];
    setProblems(found);
    if (found.length === 0) invite.mutate();
  };
  return (
    <section aria-labelledby="invite-title" className="narrow">
      <h2 id="invite-title">{t('team.inviteTitle')}</h2>
      <p>{t('team.inviteIntro')}</p>
      <ErrorSummary problems={problems} />
      {invite.data && problems.length === 0 ? (
        <Notice kind="success">
          {t('team.invited', {
            email: invite.data.email,
            until: formatDateTime(invite.data.expiresAt, locale),
          })}
        </Notice>
      ) : null}
      <Form onSubmit={submit} validationBehavior="aria">
        <TextInput
          id="invite-email"
          label={t('register.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          width="medium"
          error={problemOf(problems, 'invite-email')}
        />
        <SelectInput
          id="invite-role"
          label={t('team.role')}
          hint={t('team.roleHint')}
          value={role}
          onChange={(v) => setRole(v as Role)}
          options={(['member', 'administrator'] as const).map((r) => ({
            id: r,
            label: label('memberRole', r),
          }))}
        />
        <SelectInput
          id="invite-language"
          label={t('team.mailLanguage')}
          value={language}
          onChange={(v) => setLanguage(v as 'nl' | 'en')}
          options={[
            { id: 'nl', label: 'Nederlands' },
            { id: 'en', label: 'English' },
          ]}
        />
        <Button type="submit" className="button" isDisabled={invite.isPending}>
          {t('team.inviteSubmit')}
        </Button>
      </Form>
    </section>
  );
}

/**
 * Ask to join an organisation that is registered already: find it by its KBO number, add a word for its
 * administrators, send. They approve or refuse on their team page.
 */
export function JoinOrganisationPage() {
  const t = useT();
  const { search } = useLocation();
  const [kbo, setKbo] = useState(search.get('kbo') ?? '');
  const [message, setMessage] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const request = useMutation({
    mutationFn: async () => {
      const found = await unwrap(
        api.GET('/api/organisations/lookup', { params: { query: { enterpriseNumber: kbo.trim() } } }),
      );
      const sent = await unwrap(
        api.POST('/api/organisations/{id}/join-requests', {
          params: { path: { id: found.id } },
          body: message.trim() ? { message: message.trim() } : {},
        }),
      );
      return { organisation: found, request: sent };
    },
    onError: (err) =>
      setProblems([
        {
          field: 'join-kbo',
          message:
            err instanceof ApiFailure && err.error.statusCode === 404
              ? t('join.notFound')
              : err instanceof ApiFailure && err.error.code === 'ALREADY_EXISTS'
                ? t('join.alreadyMember')
                : `${t('common.error')} ${err.message}`,
        },
      ]),
  });
  const kboStatus =
    kbo.trim() === ''
      ? undefined
      : isValidEnterpriseNumber(kbo)
        ? `✓ ${t('orgs.kboValid', { number: formatEnterpriseNumber(kbo) })}`
        : `✗ ${t('orgs.kboInvalid')}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (!isValidEnterpriseNumber(kbo)) found.push({ field: 'join-kbo', message: t('orgs.kboInvalid') });
    if (message.length > 1000) found.push({ field: 'join-message', message: t('join.messageLong') });
    setProblems(found);
    if (found.length === 0) request.mutate();
  };
  const done = request.data;
  return (
    <div className="narrow">
      <PageTitle>{t('join.title')}</PageTitle>
      {done ? (
        <>
          <Notice kind="success">
            {done.request.status === 'approved'
              ? t('join.alreadyApproved', { name: done.organisation.name })
              : t('join.sent', { name: done.organisation.name })}
          </Notice>
          <Link href="/organisaties">{t('nav.organisations')}</Link>
        </>
      ) : (
        <>
          <p>{t('join.intro')}</p>
          <ErrorSummary problems={problems} />
          <Form onSubmit={submit} validationBehavior="aria">
            <TextInput
              id="join-kbo"
              label={t('orgs.kbo')}
              hint={t('orgs.kboHint')}
              value={kbo}
              onChange={setKbo}
              width="medium"
              inputMode="numeric"
              status={kboStatus}
              error={problemOf(problems, 'join-kbo')}
            />
            <TextInput
              id="join-message"
              label={t('join.message')}
              hint={t('join.messageHint')}
              value={message}
              onChange={setMessage}
              multiline
              isRequired={false}
              error={problemOf(problems, 'join-message')}
            />
            <Button type="submit" className="button" isDisabled={request.isPending}>
              {t('join.submit')}
            </Button>
          </Form>
        </>
      )}
    </div>
  );
}

/**
 * The link of the invitation mail (`/invitations/organisation?token=…`, src/domains/organisations/
 * organisation-mails.ts): signed in with the invited address, the user accepts and joins the team.
 * Nothing happens without the button; someone who does not want to join simply ignores the mail.
 */
export function OrganisationInvitationPage() {
  const t = useT();
  const { search } = useLocation();
  const token = search.get('token') ?? '';
  const session = useSession();
  const queryClient = useQueryClient();
  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/api/organisation-invitations/accept', { body: { token } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
  const failure = accept.error instanceof ApiFailure ? accept.error.error : undefined;
  return (
    <div className="narrow">
      <PageTitle>{t('invitation.orgTitle')}</PageTitle>
      {accept.isSuccess ? (
        <>
          <Notice kind="success">{t('invitation.orgAccepted')}</Notice>
          <Link className="button" href="/organisaties">
            {t('nav.organisations')}
          </Link>
        </>
      ) : (
        <>
          <p>{t('invitation.orgIntro', { email: session?.user.email ?? '' })}</p>
          {token === '' || failure ? (
            <div className="notice notice-error" role="alert">
              <strong>{t('invitation.failed')}</strong>{' '}
              {failure?.statusCode === 403
                ? t('invitation.otherAddress', { email: session?.user.email ?? '' })
                : failure && failure.statusCode !== 400
                  ? failure.message
                  : t('invitation.invalid')}
            </div>
          ) : null}
          {token !== '' ? (
            <div className="actions">
              <Button className="button" onPress={() => accept.mutate()} isDisabled={accept.isPending}>
                {t('invitation.orgAccept')}
              </Button>
            </div>
          ) : null}
          <p className="hint">{t('invitation.ignore')}</p>
        </>
      )}
    </div>
  );
}
