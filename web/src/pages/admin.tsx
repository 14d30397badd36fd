import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { formatEnterpriseNumber } from '../../../src/kernel/identifiers';
import { api, ApiFailure, type Schemas, unwrap } from '../api/client';
import { useJoinRequests, useOrganisations, useUsers } from '../api/staff-queries';
import { ErrorSummary, type Problem, problemOf, SelectInput, TextInput } from '../components/forms';
import { ErrorMessage, Loading, Notice, PageTitle } from '../components/layout';
import { formatDateTime } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { Link } from '../router';
import { useSession } from '../session-context';
import { SmeStatus } from './staff-sme';

const ROLES = ['applicant', 'evaluator', 'staff', 'admin'] as const;
const CREATABLE = ['evaluator', 'staff', 'admin'] as const;
type Role = (typeof ROLES)[number];

/** Users: the list (staff read it), and for admins: new accounts, another role, disable or enable. */
export function UsersPage() {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const session = useSession();
  const isAdmin = session?.user.role === 'admin';
  const [filter, setFilter] = useState<Role | 'all'>('all');
  const users = useUsers(filter === 'all' ? undefined : filter);
  const [done, setDone] = useState<string>();
  return (
    <>
      <PageTitle>{t('users.title')}</PageTitle>
      <p>{isAdmin ? t('users.introAdmin') : t('users.introStaff')}</p>
      {done ? <Notice kind="success">{done}</Notice> : null}
      {isAdmin ? <NewUserForm onCreated={(u) => setDone(t('users.created', { name: u.fullName }))} /> : null}
      <section aria-labelledby="list-title">
        <h2 id="list-title">{t('users.list')}</h2>
        <SelectInput
          id="roleFilter"
          label={t('users.filter')}
          value={filter}
          onChange={(v) => setFilter(v as Role | 'all')}
          options={[
            { id: 'all', label: t('users.allRoles') },
            ...ROLES.map((r) => ({ id: r, label: label('role', r) })),
          ]}
        />
        {users.isPending ? <Loading /> : null}
        {users.error ? <ErrorMessage error={users.error} /> : null}
        {users.data ? (
          <table className="table">
            <caption className="visually-hidden">{t('users.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.since')}</th>
                {isAdmin ? <th scope="col">{t('users.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    {u.fullName}
                    <div className="caption">{u.email}</div>
                  </th>
                  <td>{label('role', u.role)}</td>
                  <td>
                    {t(u.status === 'active' ? 'users.active' : 'users.disabled')}
                    {u.emailVerified ? null : <div className="caption">{t('users.unverified')}</div>}
                  </td>
                  <td>{formatDateTime(u.createdAt, locale)}</td>
                  {isAdmin ? (
                    <td>
                      {u.id === session?.user.id ? (
                        <span className="caption">{t('users.you')}</span>
                      ) : (
                        <UserActions user={u} onDone={setDone} />
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  );
}

function UserActions({ user, onDone }: { user: Schemas['UserView']; onDone: (message: string) => void }) {
  const t = useT();
  const label = useLabel();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>(user.role);
  const update = useMutation({
    mutationFn: (body: Schemas['UpdateUserDto']) =>
      unwrap(api.PATCH('/api/users/{id}', { params: { path: { id: user.id } }, body })),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onDone(
        saved.status !== user.status
          ? t(saved.status === 'disabled' ? 'users.wasDisabled' : 'users.wasEnabled', {
              name: saved.fullName,
            })
          : t('users.roleChanged', { name: saved.fullName, role: label('role', saved.role) }),
      );
    },
  });
  const roleId = `role-${user.id}`;
  return (
    <div className="row-actions">
      <div className="inline-select">
        <SelectInput
          id={roleId}
          label={t('users.newRole', { name: user.fullName })}
          value={role}
          onChange={(v) => setRole(v as Role)}
          options={ROLES.map((r) => ({ id: r, label: label('role', r) }))}
        />
        <Button
          className="button button-secondary"
          isDisabled={role === user.role || update.isPending}
          onPress={() => update.mutate({ role })}
          aria-label={t('users.changeRoleFor', { name: user.fullName })}
        >
          {t('users.changeRole')}
        </Button>
      </div>
      <Button
        className="button button-secondary"
        isDisabled={update.isPending}
        onPress={() => update.mutate({ status: user.status === 'active' ? 'disabled' : 'active' })}
        aria-label={t(user.status === 'active' ? 'users.disableFor' : 'users.enableFor', {
          name: user.fullName,
        })}
      >
        {t(user.status === 'active' ? 'users.disable' : 'users.enable')}
      </Button>
      {update.error ? (
        <p className="field-error" role="alert">
          {update.error.message}
        </p>
      ) : null}
    </div>
  );
}

function NewUserForm({ onCreated }: { onCreated: (u: Schemas['UserView']) => void }) {
  const t = useT();
  const label = useLabel();
  const queryClient = useQueryClient();
  const empty = { fullName: '', email: '', password: '', role: undefined as string | undefined };
  const [f, setF] = useState(empty);
  const [problems, setProblems] = useState<Problem[]>([]);
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/users', {
          body: {
            fullName: f.fullName.trim(),
            email: f.email.trim(),
            password: f.password,
            role: f.role as (typeof CREATABLE)[number],
          },
        }),
      ),
    onSuccess: async (u) => {
      setF(empty);
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onCreated(u);
    },
    onError: (err) => {
      const code = err instanceof ApiFailure ? err.error.code : '';
      setProblems([
        code === 'ALREADY_EXISTS'
          ? { field: 'newEmail', message: t('users.emailTaken') }
          : { field: 'newName', message: `${t('common.error')} ${err.message}` },
      ]);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (f.fullName.trim() === '') found.push({ field: 'newName', message: t('users.nameMissing') });
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(f.email.trim())) {
      found.push({ field: 'newEmail', message: t('users.emailInvalid') });
    }
    if (f.password.length < 12) found.push({ field: 'newPassword', message: t('users.passwordShort') });
    if (!f.role) found.push({ field: 'newRole', message: t('users.roleMissing') });
    setProblems(found);
    if (found.length === 0) create.mutate();
  };
  return (
    <section aria-labelledby="new-user-title" className="narrow">
      <h2 id="new-user-title">{t('users.new')}</h2>
      <ErrorSummary problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria">
        <TextInput
          id="newName"
          label={t('users.name')}
          value={f.fullName}
          onChange={(v) => setF((p) => ({ ...p, fullName: v }))}
          error={problemOf(problems, 'newName')}
        />
        <TextInput
          id="newEmail"
          label={t('users.email')}
          type="email"
          value={f.email}
          onChange={(v) => setF((p) => ({ ...p, email: v }))}
          error={problemOf(problems, 'newEmail')}
        />
        <TextInput
          id="newPassword"
          label={t('users.password')}
          hint={t('users.passwordHint')}
          type="password"
          autoComplete="new-password"
          value={f.password}
          onChange={(v) => setF((p) => ({ ...p, password: v }))}
          error={problemOf(problems, 'newPassword')}
        />
        <SelectInput
          id="newRole"
          label={t('users.role')}
          value={f.role}
          onChange={(v) => setF((p) => ({ ...p, role: v }))}
          options={CREATABLE.map((r) => ({ id: r, label: label('role', r) }))}
          error={problemOf(problems, 'newRole')}
        />
        <Button type="submit" className="button" isDisabled={create.isPending}>
          {t('users.create')}
        </Button>
      </Form>
    </section>
  );
}

/** Organisations awaiting verification, and the join requests of an organisation. */
export function OrganisationsAdminPage() {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const pending = useOrganisations('pending');
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const found = useOrganisations(undefined, search);
  const [chosen, setChosen] = useState<Schemas['OrganisationView']>();
  const [done, setDone] = useState<string>();
  const verify = useMutation({
    mutationFn: (o: Schemas['OrganisationView']) =>
      unwrap(api.POST('/api/organisations/{id}/verify', { params: { path: { id: o.id } } })),
    onSuccess: async (o) => {
      await queryClient.invalidateQueries({ queryKey: ['organisations'] });
      setDone(t('adminOrgs.verified', { name: o.name }));
    },
  });
  return (
    <>
      <PageTitle>{t('adminOrgs.title')}</PageTitle>
      {done ? <Notice kind="success">{done}</Notice> : null}
      <section aria-labelledby="pending-title">
        <h2 id="pending-title">{t('adminOrgs.pending')}</h2>
        <p>{t('adminOrgs.pendingIntro')}</p>
        {pending.isPending ? <Loading /> : null}
        {pending.error ? <ErrorMessage error={pending.error} /> : null}
        {verify.error ? <ErrorMessage error={verify.error} /> : null}
        {pending.data && pending.data.items.length === 0 ? <p>{t('adminOrgs.nonePending')}</p> : null}
        {pending.data && pending.data.items.length > 0 ? (
          <table className="table">
            <caption className="visually-hidden">{t('adminOrgs.pending')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('orgs.name')}</th>
                <th scope="col">{t('orgs.kbo')}</th>
                <th scope="col">{t('orgs.kind')}</th>
                <th scope="col">{t('adminOrgs.registered')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {pending.data.items.map((o) => (
                <tr key={o.id}>
                  <th scope="row">{o.name}</th>
                  <td>{formatEnterpriseNumber(o.enterpriseNumber)}</td>
                  <td>{label('kind', o.kind)}</td>
                  <td>{formatDateTime(o.createdAt, locale)}</td>
                  <td>
                    <Button
                      className="button"
                      onPress={() => verify.mutate(o)}
                      isDisabled={verify.isPending}
                      aria-label={t('adminOrgs.verifyFor', { name: o.name })}
                    >
                      {t('adminOrgs.verify')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <section aria-labelledby="join-title">
        <h2 id="join-title">{t('adminOrgs.joinTitle')}</h2>
        <p>{t('adminOrgs.joinIntro')}</p>
        <Form
          onSubmit={(e) => {
            e.preventDefault();
            setSearch(q);
          }}
          className="toolbar"
        >
          <TextInput id="orgSearch" label={t('adminOrgs.search')} value={q} onChange={setQ} width="medium" />
          <Button type="submit" className="button button-secondary">
            {t('adminOrgs.searchButton')}
          </Button>
        </Form>
        {found.data && found.data.items.length === 0 ? <p>{t('adminOrgs.noneFound')}</p> : null}
        {found.data && found.data.items.length > 0 ? (
          <table className="table">
            <caption className="visually-hidden">{t('adminOrgs.found')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('orgs.name')}</th>
                <th scope="col">{t('orgs.kbo')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('sme.column')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {found.data.items.map((o) => (
                <tr key={o.id} aria-current={chosen?.id === o.id ? 'true' : undefined}>
                  <th scope="row">{o.name}</th>
                  <td>{formatEnterpriseNumber(o.enterpriseNumber)}</td>
                  <td>{t(o.status === 'verified' ? 'adminOrgs.isVerified' : 'adminOrgs.isPending')}</td>
                  <td>
                    <SmeStatus organisation={o} onConfirmed={setDone} />
                  </td>
                  <td>
                    <div className="actions">
                      <Button
                        className="button button-secondary"
                        onPress={() => setChosen(o)}
                        aria-label={t('adminOrgs.showJoinFor', { name: o.name })}
                      >
                        {t('adminOrgs.showJoin')}
                      </Button>
                      <Link
                        href={`/beheer/organisaties/${o.id}/de-minimis`}
                        aria-label={t('adminOrgs.deMinimisFor', { name: o.name })}
                      >
                        {t('adminOrgs.deMinimis')}
                      </Link>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {chosen ? <JoinRequests organisation={chosen} /> : null}
      </section>
    </>
  );
}

function JoinRequests({ organisation }: { organisation: Schemas['OrganisationView'] }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const requests = useJoinRequests(organisation.id);
  const decide = useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'approve' | 'refuse' }) =>
      unwrap(
        api.POST('/api/organisations/{id}/join-requests/{requestId}/decision', {
          params: { path: { id: organisation.id, requestId: id } },
          body: { decision },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations', organisation.id] }),
  });
  return (
    <div>
      <h3>{t('adminOrgs.joinOf', { name: organisation.name })}</h3>
      {requests.isPending ? <Loading /> : null}
      {requests.error ? <ErrorMessage error={requests.error} /> : null}
      {decide.error ? <ErrorMessage error={decide.error} /> : null}
      {requests.data && requests.data.length === 0 ? <p>{t('adminOrgs.noJoin')}</p> : null}
      {requests.data && requests.data.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('adminOrgs.joinOf', { name: organisation.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('adminOrgs.message')}</th>
              <th scope="col">{t('users.status')}</th>
              <th scope="col">{t('users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {requests.data.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.fullName}
                  <div className="caption">{r.email}</div>
                </th>
                <td>{r.message ?? '—'}</td>
                <td>
                  {t(`adminOrgs.join.${r.status}`)}
                  <div className="caption">{formatDateTime(r.decidedAt ?? r.createdAt, locale)}</div>
                </td>
                <td>
                  {r.status === 'pending' ? (
                    <div className="actions">
                      <Button
                        className="button"
                        onPress={() => decide.mutate({ id: r.id, decision: 'approve' })}
                        isDisabled={decide.isPending}
                        aria-label={t('adminOrgs.approveFor', { name: r.fullName })}
                      >
                        {t('adminOrgs.approve')}
                      </Button>
                      <Button
                        className="button button-secondary"
                        onPress={() => decide.mutate({ id: r.id, decision: 'refuse' })}
                        isDisabled={decide.isPending}
                        aria-label={t('adminOrgs.refuseFor', { name: r.fullName })}
                      >
                        {t('adminOrgs.refuse')}
                      </Button>
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
