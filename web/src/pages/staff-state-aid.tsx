import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { formatEnterpriseNumber } from '../../../src/kernel/identifiers';
import { api, ApiFailure, type Schemas, unwrap } from '../api/client';
import { type RegisterStatus, useDeMinimis, useEaidRegister, useOrganisation } from '../api/staff-queries';
import { ProgressBar } from '../components/charts';
import { downloadFile } from '../components/download';
import { Fact } from '../components/facts';
import { FormDialog } from '../components/form-dialog';
import {
  DateInput,
  type DateParts,
  ErrorSummary,
  fromIsoDate,
  type Problem,
  problemOf,
  SelectInput,
  TextInput,
  toIsoDate,
} from '../components/forms';
import { ErrorMessage, Loading, Notice, PageTitle } from '../components/layout';
import { euroInputValue, formatDate, formatEuro, parseEuroInput } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { Link } from '../router';
import { useSession } from '../session-context';

/**
 * The eAid worklist: de minimis aid to enter in the European register within 20 working days of the
 * decision (due, overdue, registered), recording eAid's reference and date, and the CSV for the register.
 */
export function EaidWorklistPage() {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const [status, setStatus] = useState<RegisterStatus | 'all'>('all');
  const register = useEaidRegister(status === 'all' ? undefined : status);
  const [csv, setCsv] = useState<'busy' | 'done' | 'error'>();
  const [recorded, setRecorded] = useState<string>();
  const download = async () => {
    setCsv('busy');
    const q = status === 'all' ? '' : `?status=${status}`;
    const code = await downloadFile(`/api/state-aid/register/export${q}`, `eaid-${status}.csv`).catch(
      () => 0,
    );
    setCsv(code === 200 ? 'done' : 'error');
  };
  return (
    <>
      <PageTitle>{t('aid.title')}</PageTitle>
      <p>{t('aid.intro')}</p>
      {recorded ? <Notice kind="success">{recorded}</Notice> : null}
      <div className="toolbar">
        <SelectInput
          id="registerStatus"
          label={t('aid.filter')}
          value={status}
          onChange={(v) => setStatus(v as RegisterStatus | 'all')}
          options={[
            { id: 'all', label: t('aid.all') },
            ...(['due', 'overdue', 'registered'] as const).map((s) => ({
              id: s,
              label: label('register', s),
            })),
          ]}
        />
        <Button
          className="button button-secondary"
          onPress={() => void download()}
          isDisabled={csv === 'busy'}
        >
          {t('aid.csv')}
        </Button>
      </div>
      <div aria-live="polite">
        {csv === 'done' ? <p>{t('aid.csvDone')}</p> : null}
        {csv === 'error' ? <p className="field-error">{t('aid.csvFailed')}</p> : null}
      </div>
      {register.isPending ? <Loading /> : null}
      {register.error ? <ErrorMessage error={register.error} /> : null}
      {register.data && register.data.items.length === 0 ? <p>{t('aid.none')}</p> : null}
      {register.data && register.data.items.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('aid.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('aid.beneficiary')}</th>
              <th scope="col">{t('aid.aid')}</th>
              <th scope="col" className="num">
                {t('payments.amount')}
              </th>
              <th scope="col">{t('aid.registerBy')}</th>
              <th scope="col">{t('aid.status')}</th>
            </tr>
          </thead>
          <tbody>
            {register.data.items.map((e) => (
              <tr key={e.aidId}>
                <th scope="row">
                  <Link href={`/beheer/organisaties/${e.organisationId}/de-minimis`}>
                    {e.organisationName}
                  </Link>
                  <div className="caption">{formatEnterpriseNumber(e.enterpriseNumber)}</div>
                </th>
                <td>
                  {e.callTitle ?? e.grantor}
                  <div className="caption">
                    {t('aid.grantedOn', { date: formatDate(e.grantedOn, locale) })} · {e.regulation}
                    {e.correctsAidId ? ` · ${t('aid.correction')}` : ''}
                  </div>
                </td>
                <td className="num">{formatEuro(e.amountCents, locale)}</td>
                <td>
                  {formatDate(e.registerBy, locale)}
                  {e.status !== 'registered' ? (
                    <div className="caption">
                      {e.workingDaysLeft >= 0
                        ? t('aid.daysLeft', { n: e.workingDaysLeft })
                        : t('aid.daysLate', { n: -e.workingDaysLeft })}
                    </div>
                  ) : null}
                </td>
                <td>
                  <span className={`tag tag-register-${e.status}`}>{label('register', e.status)}</span>
                  {e.eaidReference ? (
                    <div className="caption">
                      {e.eaidReference} · {e.registeredOn ? formatDate(e.registeredOn, locale) : ''}
                    </div>
                  ) : (
                    <RecordRegistration
                      entry={e}
                      onDone={(ref) => setRecorded(t('aid.recorded', { ref, name: e.organisationName }))}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

function RecordRegistration({
  entry,
  onDone,
}: {
  entry: Schemas['RegisterEntryView'];
  onDone: (reference: string) => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reference, setReference] = useState('');
  const today = new Date();
  const [date, setDate] = useState<DateParts>(
    fromIsoDate(
      `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`,
    ),
  );
  const [problems, setProblems] = useState<Problem[]>([]);
  const record = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/state-aid/register/{aidId}', {
          params: { path: { aidId: entry.aidId } },
          body: { eaidReference: reference.trim(), registeredOn: toIsoDate(date) as string },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['state-aid'] });
      setOpen(false);
      onDone(reference.trim());
    },
    onError: (err) =>
      setProblems([{ field: 'eaidReference', message: `${t('common.error')} ${err.message}` }]),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (!/^[A-Za-z0-9./_-]{1,60}$/.test(reference.trim())) {
      found.push({ field: 'eaidReference', message: t('aid.referenceInvalid') });
    }
    if (!toIsoDate(date)) found.push({ field: 'registeredOn', message: t('call2.dateInvalid') });
    setProblems(found);
    if (found.length === 0) record.mutate();
  };
  return (
    <>
      <Button
        className="button button-secondary"
        onPress={() => setOpen(true)}
        aria-label={t('aid.recordFor', { name: entry.organisationName })}
      >
        {t('aid.record')}
      </Button>
      <FormDialog
        open={open}
        setOpen={setOpen}
        title={t('aid.recordTitle', { name: entry.organisationName })}
        problems={problems}
        onSubmit={submit}
        busy={record.isPending}
        submitLabel={t('aid.save')}
        cancelLabel={t('submit.cancel')}
      >
        <TextInput
          id="eaidReference"
          label={t('aid.reference')}
          hint={t('aid.referenceHint')}
          value={reference}
          onChange={setReference}
          width="medium"
          error={problemOf(problems, 'eaidReference')}
        />
        <DateInput
          id="registeredOn"
          legend={t('aid.registeredOn')}
          value={date}
          onChange={setDate}
          error={problemOf(problems, 'registeredOn')}
        />
      </FormDialog>
    </>
  );
}

/** The de minimis position of an organisation's single undertaking: ceiling, used, available, window, aid. */
export function DeMinimisPage({ id }: { id: string }) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const organisation = useOrganisation(id);
  const usage = useDeMinimis(id);
  const u = usage.data;
  const name = organisation.data?.name ?? '';
  return (
    <>
      <PageTitle caption={name}>{t('dm.title')}</PageTitle>
      <p>{t('dm.intro')}</p>
      {usage.isPending ? <Loading /> : null}
      {usage.error ? <ErrorMessage error={usage.error} /> : null}
      {u ? (
        <>
          <dl className="facts facts-wide">
            <Fact term={t('dm.regulation')}>{u.regulation}</Fact>
            <div>
              <dt>{t('dm.window')}</dt>
              <dd>
                {t('call.windowValue', {
                  from: formatDate(u.windowStart, locale),
                  to: formatDate(u.windowEnd, locale),
                })}
              </dd>
            </div>
            <Fact term={t('dm.ceiling')}>{formatEuro(u.ceilingCents, locale)}</Fact>
            <Fact term={t('dm.used')}>{formatEuro(u.usedCents, locale)}</Fact>
            <div>
              <dt>{t('dm.available')}</dt>
              <dd>
                <strong>{formatEuro(u.availableCents, locale)}</strong>
              </dd>
            </div>
          </dl>
          <ProgressBar
            label={t('dm.usedOfCeiling')}
            value={u.usedCents}
            max={u.ceilingCents}
            text={t('dm.usedText', {
              used: formatEuro(u.usedCents, locale),
              ceiling: formatEuro(u.ceilingCents, locale),
            })}
          />
          <h2>{t('dm.undertaking')}</h2>
          <p>{t('dm.undertakingIntro')}</p>
          <ul>
            {u.undertaking.map((m) => (
              <li key={m.id}>
                {m.name} ({m.enterpriseNumber})
              </li>
            ))}
          </ul>
          <h2>{t('dm.aid')}</h2>
          {u.aid.length === 0 ? (
            <p>{t('dm.noAid')}</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">{t('dm.aid')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dm.grantedOn')}</th>
                  <th scope="col">{t('dm.grantor')}</th>
                  <th scope="col">{t('dm.source')}</th>
                  <th scope="col">{t('dm.regulation')}</th>
                  <th scope="col" className="num">
                    {t('payments.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {u.aid.map((a) => (
                  <tr key={a.id}>
                    <td>{formatDate(a.grantedOn, locale)}</td>
                    <td>
                      {a.grantor}
                      {a.reference ? <div className="caption">{a.reference}</div> : null}
                    </td>
                    <td>{label('aidSource', a.source)}</td>
                    <td>{a.regulation}</td>
                    <td className="num">{formatEuro(a.amountCents, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
      {u ? <RegisterExternalAid organisationId={id} /> : null}
      {u ? <DeclaredAidReview organisationId={id} /> : null}
      <p>
        <Link href={`/beheer/audit?entiteit=organisation&id=${id}`}>{t('dm.auditLink')}</Link>
      </p>
    </>
  );
}

const REGULATIONS = ['2023/2831', '1407/2013', 'other'] as const;
type Regulation = (typeof REGULATIONS)[number];

/** Today in this browser as `YYYY-MM-DD`. */
function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * De minimis aid from another grantor, registered by staff (or an admin) for the organisation's single
 * undertaking: checked against the ceiling (422 DE_MINIMIS_EXCEEDED), one reference per grantor (409).
 */
export function RegisterExternalAid({ organisationId }: { organisationId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const empty = { grantor: '', amount: '', reference: '', description: '' };
  const [f, setF] = useState(empty);
  const [regulation, setRegulation] = useState<string>('2023/2831');
  const [granted, setGranted] = useState<DateParts>({ day: '', month: '', year: '' });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string>();
  const set = (k: keyof typeof f) => (v: string) => setF((p) => ({ ...p, [k]: v }));
  const register = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/organisations/{id}/de-minimis-aid', {
          params: { path: { id: organisationId } },
          body: {
            grantor: f.grantor.trim(),
            amountCents: parseEuroInput(f.amount, locale) as number,
            grantedOn: toIsoDate(granted) as string,
            regulation: regulation as Regulation,
            reference: f.reference.trim() || undefined,
            description: f.description.trim() || undefined,
          },
        }),
      ),
    onSuccess: async (a) => {
      await queryClient.invalidateQueries({ queryKey: ['organisations', organisationId] });
      setF(empty);
      setGranted({ day: '', month: '', year: '' });
      setDone(t('dm.registered', { grantor: a.grantor, amount: formatEuro(a.amountCents, locale) }));
    },
    onError: (err) => {
      const code = err instanceof ApiFailure ? err.error.code : '';
      setProblems([
        code === 'DE_MINIMIS_EXCEEDED'
          ? { field: 'aidAmount', message: t('dm.exceeded', { detail: err.message }) }
          : code === 'ALREADY_EXISTS'
            ? { field: 'aidReference', message: t('dm.referenceTaken') }
            : { field: 'aidGrantor', message: `${t('common.error')} ${err.message}` },
      ]);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(undefined);
    const found: Problem[] = [];
    if (f.grantor.trim() === '') found.push({ field: 'aidGrantor', message: t('dm.grantorMissing') });
    const amount = parseEuroInput(f.amount, locale);
    if (amount === undefined || amount <= 0)
      found.push({ field: 'aidAmount', message: t('prog.amountInvalid') });
    const iso = toIsoDate(granted);
    if (!iso) found.push({ field: 'aidGrantedOn', message: t('call2.dateInvalid') });
    else if (iso > todayIso()) found.push({ field: 'aidGrantedOn', message: t('dm.grantedFuture') });
    setProblems(found);
    if (found.length === 0) register.mutate();
  };
  return (
    <section aria-labelledby="register-aid-title" className="narrow">
      <h2 id="register-aid-title">{t('dm.registerTitle')}</h2>
      <p>{t('dm.registerIntro')}</p>
      {done ? <Notice kind="success">{done}</Notice> : null}
      <ErrorSummary problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria">
        <TextInput
          id="aidGrantor"
          label={t('dm.grantor')}
          value={f.grantor}
          onChange={set('grantor')}
          error={problemOf(problems, 'aidGrantor')}
        />
        <TextInput
          id="aidAmount"
          label={t('payments.amount')}
          hint={t('prog.euroHint')}
          value={f.amount}
          onChange={set('amount')}
          width="medium"
          inputMode="decimal"
          error={problemOf(problems, 'aidAmount')}
        />
        <DateInput
          id="aidGrantedOn"
          legend={t('dm.grantedOn')}
          value={granted}
          onChange={setGranted}
          error={problemOf(problems, 'aidGrantedOn')}
        />
        <SelectInput
          id="aidRegulation"
          label={t('dm.regulation')}
          value={regulation}
          onChange={setRegulation}
          options={REGULATIONS.map((r) => ({ id: r, label: label(r) }))}
        />
        <TextInput
          id="aidReference"
          label={t('dm.reference')}
          value={f.reference}
          onChange={set('reference')}
          width="medium"
          isRequired={false}
          error={problemOf(problems, 'aidReference')}
        />
        <TextInput
          id="aidDescription"
          label={t('dm.description')}
          value={f.description}
          onChange={set('description')}
          isRequired={false}
        />
        <Button type="submit" className="button" isDisabled={register.isPending}>
          {t('dm.register')}
        </Button>
      </Form>
    </section>
  );
  function label(r: string) {
    return r === 'other' ? t('dm.regulationOther') : r;
  }
}

/**
 * The aid declared on honour in the applications this organisation coordinates, for this organisation:
 * staff confirm it, or correct its fields; either way it becomes a record of external aid (409 once done).
 */
export function DeclaredAidReview({ organisationId }: { organisationId: string }) {
  const t = useT();
  const applications = useQuery({
    queryKey: ['applications', 'all', 'coordinated', organisationId],
    queryFn: () => unwrap(api.GET('/api/applications', { params: { query: { limit: 100 } } })),
  });
  const own = (applications.data?.items ?? []).filter(
    (a) => a.coordinatorOrganisationId === organisationId && a.status !== 'draft',
  );
  return (
    <section aria-labelledby="declared-title">
      <h2 id="declared-title">{t('dm.declaredTitle')}</h2>
      <p>{t('dm.declaredIntro')}</p>
      {applications.isPending ? <Loading /> : null}
      {applications.error ? <ErrorMessage error={applications.error} /> : null}
      {applications.data && own.length === 0 ? <p>{t('dm.noApplications')}</p> : null}
      {own.map((a) => (
        <DeclaredAidOf key={a.id} application={a} organisationId={organisationId} />
      ))}
    </section>
  );
}

function DeclaredAidOf({
  application,
  organisationId,
}: {
  application: Schemas['ApplicationSummaryView'];
  organisationId: string;
}) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const declared = useQuery({
    queryKey: ['applications', application.id, 'declared-aid'],
    queryFn: () =>
      unwrap(api.GET('/api/applications/{id}/declared-aid', { params: { path: { id: application.id } } })),
  });
  const rows = (declared.data ?? []).filter((d) => d.organisationId === organisationId);
  const caption = t('dm.declaredIn', { reference: application.reference, title: application.title });
  if (declared.isPending) return <Loading />;
  if (declared.error) return <ErrorMessage error={declared.error} />;
  if (rows.length === 0) return <p>{t('dm.noneDeclared', { reference: application.reference })}</p>;
  return (
    <table className="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dm.grantedOn')}</th>
          <th scope="col">{t('dm.grantor')}</th>
          <th scope="col">{t('dm.regulation')}</th>
          <th scope="col" className="num">
            {t('payments.amount')}
          </th>
          <th scope="col">{t('aid.status')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.id}>
            <td>{formatDate(d.grantedOn, locale)}</td>
            <th scope="row">{d.grantor}</th>
            <td>{d.regulation}</td>
            <td className="num">{formatEuro(d.amountCents, locale)}</td>
            <td>
              {label('declaredAid', d.status)}
              {d.reviewNote ? <div className="caption">{d.reviewNote}</div> : null}
              {d.status === 'declared' ? <ReviewDeclared declared={d} /> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReviewDeclared({ declared }: { declared: Schemas['DeclaredAidView'] }) {
  const t = useT();
  const { locale } = useLocale();
  const session = useSession();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [f, setF] = useState({
    grantor: declared.grantor,
    amount: euroInputValue(declared.amountCents, locale),
    note: '',
  });
  const [granted, setGranted] = useState<DateParts>(fromIsoDate(declared.grantedOn));
  const [problems, setProblems] = useState<Problem[]>([]);
  const set = (k: keyof typeof f) => (v: string) => setF((p) => ({ ...p, [k]: v }));
  const review = useMutation({
    mutationFn: (body: Schemas['ReviewDeclaredAidDto']) =>
      unwrap(api.POST('/api/declared-aid/{id}/review', { params: { path: { id: declared.id } }, body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['applications', declared.applicationId] });
      await queryClient.invalidateQueries({ queryKey: ['organisations', declared.organisationId] });
      setOpen(false);
    },
    onError: (err) => setProblems([{ field: 'declGrantor', message: `${t('common.error')} ${err.message}` }]),
  });
  if (session?.user.role !== 'staff') return null;
  const correct = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (f.grantor.trim() === '') found.push({ field: 'declGrantor', message: t('dm.grantorMissing') });
    const amount = parseEuroInput(f.amount, locale);
    if (amount === undefined || amount <= 0)
      found.push({ field: 'declAmount', message: t('prog.amountInvalid') });
    const iso = toIsoDate(granted);
    if (!iso) found.push({ field: 'declGrantedOn', message: t('call2.dateInvalid') });
    setProblems(found);
    if (found.length > 0) return;
    review.mutate({
      grantor: f.grantor.trim() === declared.grantor ? undefined : f.grantor.trim(),
      amountCents: amount === declared.amountCents ? undefined : amount,
      grantedOn: iso === declared.grantedOn.slice(0, 10) ? undefined : iso,
      note: f.note.trim() || undefined,
    });
  };
  return (
    <div className="actions">
      <Button
        className="button button-secondary"
        isDisabled={review.isPending}
        onPress={() => review.mutate({ note: undefined })}
        aria-label={t('dm.confirmDeclaredFor', { grantor: declared.grantor })}
      >
        {t('dm.confirmDeclared')}
      </Button>
      <Button
        className="button button-link"
        onPress={() => setOpen(true)}
        aria-label={t('dm.correctDeclaredFor', { grantor: declared.grantor })}
      >
        {t('dm.correctDeclared')}
      </Button>
      {review.error && !open ? <ErrorMessage error={review.error} /> : null}
      <FormDialog
        open={open}
        setOpen={setOpen}
        title={t('dm.correctTitle', { grantor: declared.grantor })}
        problems={problems}
        onSubmit={correct}
        busy={review.isPending}
        submitLabel={t('dm.saveCorrection')}
      >
        <TextInput
          id="declGrantor"
          label={t('dm.grantor')}
          value={f.grantor}
          onChange={set('grantor')}
          error={problemOf(problems, 'declGrantor')}
        />
        <TextInput
          id="declAmount"
          label={t('payments.amount')}
          hint={t('prog.euroHint')}
          value={f.amount}
          onChange={set('amount')}
          width="medium"
          inputMode="decimal"
          error={problemOf(problems, 'declAmount')}
        />
        <DateInput
          id="declGrantedOn"
          legend={t('dm.grantedOn')}
          value={granted}
          onChange={setGranted}
          error={problemOf(problems, 'declGrantedOn')}
        />
        <TextInput
          id="declNote"
          label={t('dm.note')}
          hint={t('dm.noteHint')}
          value={f.note}
          onChange={set('note')}
          isRequired={false}
          multiline
        />
      </FormDialog>
    </div>
  );
}
