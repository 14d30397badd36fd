import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, ApiFailure, unwrap } from '../api/client';
import { getSession, startSession } from '../api/session';
import { ErrorSummary, type Problem, problemOf, TextInput } from '../components/forms';
import { Notice, PageTitle } from '../components/layout';
import { useT } from '../i18n/i18n';
import { Link, navigate, useLocation } from '../router';
import { takeSessionEndReason } from '../session-context';

/** Only a path of this site (never `//elsewhere`) may be the page to come back to. */
function backTarget(search: URLSearchParams, fallback: string): string {
  const back = search.get('terug');
  return back && back.startsWith('/') && !back.startsWith('//') ? back : fallback;
}

async function signIn(email: string, password: string): Promise<void> {
  const result = await unwrap(api.POST('/api/auth/login', { body: { email, password } }));
  startSession(result.accessToken, result.user, result.expiresIn);
}

/** Where a user lands after signing in: applicants their applications, evaluators their reviews, staff the screening. */
function landingPage(): string {
  const role = getSession()?.user.role;
  return role === 'evaluator'
    ? '/beoordelingen'
    : role === 'staff' || role === 'admin'
      ? '/beheer/screening'
      : '/aanvragen';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The page to come back to after an e-ID login, kept in this tab only for the round trip to the provider. */
const EID_BACK_KEY = 'eid-terug';

/**
 * "Aanmelden met eID of itsme", when the site has e-ID configured (GET /api/auth/methods): the API gives
 * the provider's URL, the browser goes there and comes back to /aanmelden/eid (EidCallbackPage).
 */
function EidLogin({ back }: { back: string | undefined }) {
  const t = useT();
  const methods = useQuery({
    queryKey: ['auth', 'methods'],
    queryFn: () => unwrap(api.GET('/api/auth/methods')),
    retry: false,
    staleTime: Infinity,
  });
  const start = useMutation({
    mutationFn: () => unwrap(api.GET('/api/auth/oidc/start')),
    onSuccess: ({ authorizationUrl }) => {
      if (back) sessionStorage.setItem(EID_BACK_KEY, back);
      else sessionStorage.removeItem(EID_BACK_KEY);
      window.location.assign(authorizationUrl);
    },
  });
  if (!methods.data?.eid) return null;
  return (
    <section aria-labelledby="eid-title" className="eid-login">
      <h2 id="eid-title">{t('eid.title')}</h2>
      <p>{t('eid.intro')}</p>
      {start.isError ? (
        <div className="notice notice-error" role="alert">
          <strong>{t('eid.startFailed')}</strong>{' '}
          {start.error instanceof ApiFailure && start.error.error.statusCode === 503
            ? t('eid.failedUnavailable')
            : t('eid.failedOther')}
        </div>
      ) : null}
      <Button
        className="button button-secondary"
        isDisabled={start.isPending || start.isSuccess}
        onPress={() => start.mutate()}
      >
        {t('eid.button')}
      </Button>
    </section>
  );
}

/** The page to come back to that the login page stored before going to the provider (a path of this site). */
function storedEidBack(): string | undefined {
  const back = sessionStorage.getItem(EID_BACK_KEY) ?? undefined;
  return back && back.startsWith('/') && !back.startsWith('//') ? back : undefined;
}

/**
 * OIDC_REDIRECT_URL: the provider sends the browser back here with `code` and `state` (or `error`); the
 * API completes the login (GET /api/auth/oidc/callback) and answers like a password login.
 */
export function EidCallbackPage() {
  const t = useT();
  const { search } = useLocation();
  const [back] = useState(storedEidBack);
  const complete = useMutation({
    mutationFn: async () => {
      // kept for this round trip only
      sessionStorage.removeItem(EID_BACK_KEY);
      const query: Record<string, string> = {};
      for (const key of ['code', 'state', 'iss', 'session_state', 'error', 'error_description']) {
        const value = search.get(key);
        if (value !== null) query[key] = value;
      }
      const result = await unwrap(api.GET('/api/auth/oidc/callback', { params: { query } }));
      startSession(result.accessToken, result.user, result.expiresIn);
    },
    onSuccess: () => navigate(back ?? landingPage(), { replace: true }),
  });
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    complete.mutate();
  }, [complete]);
  const status = complete.error instanceof ApiFailure ? complete.error.error.statusCode : undefined;
  return (
    <div className="narrow">
      <PageTitle>{t('eid.callbackTitle')}</PageTitle>
      {complete.isError ? (
        <>
          <div className="notice notice-error" role="alert">
            <strong>{t('eid.failed')}</strong>{' '}
            {status === 401
              ? t('eid.failedRefused')
              : status === 503
                ? t('eid.failedUnavailable')
                : t('eid.failedOther')}
          </div>
          <p>
            <Link href={back ? `/aanmelden?terug=${encodeURIComponent(back)}` : '/aanmelden'}>
              {t('eid.again')}
            </Link>
          </p>
        </>
      ) : (
        <p role="status">{t('eid.busy')}</p>
      )}
    </div>
  );
}

export function LoginPage() {
  const t = useT();
  const { search } = useLocation();
  const [ended] = useState(takeSessionEndReason);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const login = useMutation({
    mutationFn: () => signIn(email.trim(), password),
    onSuccess: () => navigate(backTarget(search, landingPage()), { replace: true }),
    onError: (err) =>
      setProblems([
        {
          field: 'email',
          message:
            err instanceof ApiFailure && err.error.statusCode === 429
              ? t('login.tooMany')
              : err instanceof ApiFailure && err.error.statusCode === 403
                ? t('login.unverified')
                : t('login.failed'),
        },
      ]),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (!EMAIL.test(email.trim())) found.push({ field: 'email', message: t('register.emailInvalid') });
    if (password === '') found.push({ field: 'password', message: t('login.passwordMissing') });
    setProblems(found);
    if (found.length === 0) login.mutate();
  };
  return (
    <div className="narrow">
      <PageTitle>{t('login.title')}</PageTitle>
      {ended === 'expired' ? <Notice>{t('login.expired')}</Notice> : null}
      <ErrorSummary problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria">
        <TextInput
          id="email"
          label={t('register.email')}
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={problemOf(problems, 'email')}
        />
        <TextInput
          id="password"
          label={t('register.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={problemOf(problems, 'password')}
        />
        <Button type="submit" className="button" isDisabled={login.isPending}>
          {t('login.submit')}
        </Button>
      </Form>
      <p>
        <Link href="/wachtwoord-vergeten">{t('login.forgot')}</Link>
      </p>
      <EidLogin back={search.get('terug') === null ? undefined : backTarget(search, '/')} />
      <p>
        {t('login.noAccount')} <Link href="/registreren">{t('login.register')}</Link>
      </p>
    </div>
  );
}

export function RegisterPage() {
  const t = useT();
  const [sentTo, setSentTo] = useState<string>();
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const register = useMutation({
    mutationFn: async () => {
      await unwrap(
        api.POST('/api/auth/register', {
          body: { fullName: fullName.trim(), email: email.trim(), password },
        }),
      );
    },
    // 202: the account waits for the link in the verification mail (the same answer for a known address)
    onSuccess: () => setSentTo(email.trim()),
    onError: (err) => {
      const code = err instanceof ApiFailure ? err.error.code : '';
      const message =
        code === 'ALREADY_EXISTS'
          ? t('register.emailTaken')
          : code === 'TOO_MANY_REQUESTS'
            ? t('login.tooMany')
            : `${t('register.failed')} ${err.message}`;
      setProblems([{ field: 'email', message }]);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (fullName.trim() === '') found.push({ field: 'fullName', message: t('register.nameMissing') });
    if (!EMAIL.test(email.trim())) found.push({ field: 'email', message: t('register.emailInvalid') });
    if (password.length < 12) found.push({ field: 'password', message: t('register.passwordShort') });
    setProblems(found);
    if (found.length === 0) register.mutate();
  };
  if (sentTo) {
    return (
      <div className="narrow">
        <PageTitle>{t('register.checkMailTitle')}</PageTitle>
        <Notice kind="success">{t('register.checkMail', { email: sentTo })}</Notice>
        <p>{t('register.checkMailHint')}</p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <PageTitle>{t('register.title')}</PageTitle>
      <p>{t('register.intro')}</p>
      <ErrorSummary problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria">
        <TextInput
          id="fullName"
          label={t('register.fullName')}
          autoComplete="name"
          value={fullName}
          onChange={setFullName}
          error={problemOf(problems, 'fullName')}
        />
        <TextInput
          id="email"
          label={t('register.email')}
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={problemOf(problems, 'email')}
        />
        <TextInput
          id="password"
          label={t('register.password')}
          hint={t('register.passwordHint')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={problemOf(problems, 'password')}
        />
        <Button type="submit" className="button" isDisabled={register.isPending}>
          {t('register.submit')}
        </Button>
      </Form>
      <p>
        {t('register.haveAccount')} <Link href="/aanmelden">{t('nav.login')}</Link>
      </p>
    </div>
  );
}

/** The link of the verification mail: `/verify-email?token=…` confirms the address once. */
export function VerifyEmailPage() {
  const t = useT();
  const { search } = useLocation();
  const token = search.get('token') ?? '';
  const verify = useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/verify-email', { body: { token } })),
  });
  const started = useRef(false);
  useEffect(() => {
    if (started.current || token === '') return;
    started.current = true;
    verify.mutate();
  }, [token, verify]);
  const failed = token === '' || verify.isError;
  return (
    <div className="narrow">
      <PageTitle>{t('verify.title')}</PageTitle>
      {verify.isSuccess ? (
        <>
          <Notice kind="success">{t('verify.done')}</Notice>
          <p>
            <Link className="button" href="/aanmelden?terug=%2Forganisaties%2Fnieuw">
              {t('verify.login')}
            </Link>
          </p>
        </>
      ) : failed ? (
        <>
          <div className="notice notice-error" role="alert">
            <strong>{t('verify.failed')}</strong> {t('verify.failedHint')}
          </div>
          <p>
            <Link href="/aanmelden">{t('nav.login')}</Link>
          </p>
        </>
      ) : (
        <p role="status">{t('verify.busy')}</p>
      )}
    </div>
  );
}

/** Ask for a reset link: the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const t = useT();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const request = useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/password-reset', { body: { email: email.trim() } })),
    onSuccess: () => setSentTo(email.trim()),
    onError: (err) =>
      setProblems([
        {
          field: 'email',
          message:
            err instanceof ApiFailure && err.error.statusCode === 429
              ? t('login.tooMany')
              : `${t('forgot.failed')} ${err.message}`,
        },
      ]),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (!EMAIL.test(email.trim())) found.push({ field: 'email', message: t('register.emailInvalid') });
    setProblems(found);
    if (found.length === 0) request.mutate();
  };
  return (
    <div className="narrow">
      <PageTitle>{t('forgot.title')}</PageTitle>
      {sentTo ? (
        <Notice kind="success">{t('forgot.sent', { email: sentTo })}</Notice>
      ) : (
        <>
          <p>{t('forgot.intro')}</p>
          <ErrorSummary problems={problems} />
          <Form onSubmit={submit} validationBehavior="aria">
            <TextInput
              id="email"
              label={t('register.email')}
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={problemOf(problems, 'email')}
            />
            <Button type="submit" className="button" isDisabled={request.isPending}>
              {t('forgot.submit')}
            </Button>
          </Form>
        </>
      )}
      <p>
        <Link href="/aanmelden">{t('nav.login')}</Link>
      </p>
    </div>
  );
}

/** The link of the reset mail: `/reset-password?token=…` sets a new password once, within 15 minutes. */
export function ResetPasswordPage() {
  const t = useT();
  const { search } = useLocation();
  const token = search.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const reset = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/auth/password-reset/confirm', { body: { token, newPassword: password } })),
    onError: (err) =>
      setProblems([
        {
          field: 'password',
          message:
            err instanceof ApiFailure && JSON.stringify(err.error.details ?? '').includes('"token"')
              ? t('reset.linkInvalid')
              : `${t('reset.failed')} ${err.message}`,
        },
      ]),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (password.length < 12) found.push({ field: 'password', message: t('register.passwordShort') });
    setProblems(found);
    if (found.length === 0) reset.mutate();
  };
  if (token === '') {
    return (
      <div className="narrow">
        <PageTitle>{t('reset.title')}</PageTitle>
        <div className="notice notice-error" role="alert">
          {t('reset.linkInvalid')}
        </div>
        <p>
          <Link href="/wachtwoord-vergeten">{t('reset.again')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <PageTitle>{t('reset.title')}</PageTitle>
      {reset.isSuccess ? (
        <>
          <Notice kind="success">{t('reset.done')}</Notice>
          <p>
            <Link className="button" href="/aanmelden">
              {t('verify.login')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <ErrorSummary problems={problems} />
          <Form onSubmit={submit} validationBehavior="aria">
            <TextInput
              id="password"
              label={t('reset.password')}
              hint={t('register.passwordHint')}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={setPassword}
              error={problemOf(problems, 'password')}
            />
            <Button type="submit" className="button" isDisabled={reset.isPending}>
              {t('reset.submit')}
            </Button>
          </Form>
          <p>
            <Link href="/wachtwoord-vergeten">{t('reset.again')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
