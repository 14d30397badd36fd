import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Checkbox, Form } from 'react-aria-components';
import { api, ApiFailure, type Schemas, unwrap } from '../api/client';
import { useAllCalls, useCall } from '../api/queries';
import { useProgramme, useProgrammes } from '../api/staff-queries';
import { Fact } from '../components/facts';
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
import {
  AID_BASES,
  ProgrammeFacts,
  RulesFields,
  type RulesForm,
  rulesBodyOf,
  rulesFormOf,
  rulesProblems,
} from '../components/programme-rules';
import { euroInputValue, formatDate, formatDateTime, formatEuro, parseEuroInput } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { Link, navigate, useLocation } from '../router';

/** Programmes with their rules, and every call of each (all statuses), for staff and admins. */
export function ProgrammesPage() {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const { search } = useLocation();
  const programmes = useProgrammes();
  const calls = useAllCalls();
  const created = search.get('aangemaakt');
  const closingDay = useClosingDay();
  return (
    <>
      <PageTitle>{t('prog.title')}</PageTitle>
      {created ? <Notice kind="success">{t('prog.created', { title: created })}</Notice> : null}
      <div className="actions">
        <Link className="button" href="/beheer/programmas/nieuw">
          {t('prog.new')}
        </Link>
        <Link className="button button-secondary" href="/beheer/programmas/nieuwe-oproep">
          {t('prog.newCall')}
        </Link>
      </div>
      {programmes.isPending || calls.isPending ? <Loading /> : null}
      {programmes.error ? <ErrorMessage error={programmes.error} /> : null}
      {calls.error ? <ErrorMessage error={calls.error} /> : null}
      {programmes.data?.items.length === 0 ? <p>{t('prog.none')}</p> : null}
      {programmes.data?.items.map((p) => {
        const own = (calls.data?.items ?? []).filter((c) => c.programmeId === p.id);
        return (
          <section key={p.id} aria-labelledby={`prog-${p.id}`} className="programme">
            <h2 id={`prog-${p.id}`}>
              {p.name} <span className="caption">({p.code})</span>
            </h2>
            <p>
              <Link href={`/beheer/programmas/${p.id}`} aria-label={t('progEdit.editFor', { name: p.name })}>
                {t('progEdit.edit')}
              </Link>
            </p>
            <ProgrammeFacts programme={p} />
            {own.length === 0 ? (
              <p>{t('prog.noCalls')}</p>
            ) : (
              <table className="table">
                <caption>{t('prog.callsOf', { name: p.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('prog.callTitle')}</th>
                    <th scope="col">{t('prog.window')}</th>
                    <th scope="col">{t('prog.status')}</th>
                    <th scope="col" className="num">
                      {t('prog.budget')}
                    </th>
                    <th scope="col">{t('prog.criteria')}</th>
                    <th scope="col">{t('prog.reviewDeadline')}</th>
                  </tr>
                </thead>
                <tbody>
                  {own.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        <Link href={`/oproepen/${c.id}`}>{c.title}</Link>
                        <div className="caption">{c.year}</div>
                        <Link
                          href={`/beheer/oproepen/${c.id}`}
                          aria-label={t('callEdit.editFor', { title: c.title })}
                        >
                          {t('callEdit.edit')}
                        </Link>
                      </th>
                      <td>
                        {formatDateTime(c.opensAt, locale)} – {formatDateTime(c.closesAt, locale)}
                        <div className="caption">{closingDay(c.closesOn)}</div>
                      </td>
                      <td>{label('callStatus', c.status)}</td>
                      <td className="num">{formatEuro(c.budgetCents, locale)}</td>
                      <td>
                        <ul className="plain-list">
                          {c.criteria.map((k) => (
                            <li key={k.key}>
                              {t('prog.criterionLine', {
                                label: k.label,
                                weight: k.weight,
                                max: k.maxScore,
                                threshold: k.threshold ?? '—',
                              })}
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td>{c.reviewDeadline ? formatDate(c.reviewDeadline, locale) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </>
  );
}

/** A new programme: code, name, aid basis and the rules that differ from the defaults. */
export function NewProgrammePage() {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [f, setF] = useState({
    code: '',
    name: '',
    aidBasis: undefined as string | undefined,
    legalBasis: '',
  });
  const [rules, setRules] = useState<RulesForm>({
    maxGrant: '150.000',
    rate: '50',
    rateWithoutSme: '40',
    minPartners: '2',
    advance: '50',
    finalReportMonths: '3',
    settlement: 'proportional',
    docs: [],
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const set = (k: keyof typeof f) => (v: string) => setF((p) => ({ ...p, [k]: v }));
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/programmes', {
          body: {
            code: f.code.trim(),
            name: f.name.trim(),
            aidBasis: f.aidBasis as (typeof AID_BASES)[number],
            legalBasis: f.legalBasis.trim() || undefined,
            rules: rulesBodyOf(rules, locale),
          },
        }),
      ),
    onSuccess: async (p) => {
      await queryClient.invalidateQueries({ queryKey: ['programmes'] });
      navigate(`/beheer/programmas?aangemaakt=${encodeURIComponent(p.name)}`);
    },
    onError: (err) => {
      const code = err instanceof ApiFailure ? err.error.code : '';
      setProblems([
        code === 'ALREADY_EXISTS'
          ? { field: 'code', message: t('prog.codeTaken') }
          : { field: 'code', message: `${t('common.error')} ${err.message}` },
      ]);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (!/^[A-Z][A-Z0-9]{1,11}$/.test(f.code.trim()))
      found.push({ field: 'code', message: t('prog.codeInvalid') });
    if (f.name.trim() === '') found.push({ field: 'name', message: t('prog.nameMissing') });
    if (!f.aidBasis) found.push({ field: 'aidBasis', message: t('prog.aidBasisMissing') });
    found.push(...rulesProblems(rules, locale, t));
    setProblems(found);
    if (found.length === 0) create.mutate();
  };
  return (
    <div className="narrow">
      <PageTitle>{t('prog.new')}</PageTitle>
      <p>{t('prog.newIntro')}</p>
      <ErrorSummary problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria">
        <TextInput
          id="code"
          label={t('prog.code')}
          hint={t('prog.codeHint')}
          value={f.code}
          onChange={set('code')}
          width="short"
          error={problemOf(problems, 'code')}
        />
        <TextInput
          id="name"
          label={t('prog.name')}
          value={f.name}
          onChange={set('name')}
          error={problemOf(problems, 'name')}
        />
        <SelectInput
          id="aidBasis"
          label={t('prog.aidBasis')}
          value={f.aidBasis}
          onChange={set('aidBasis')}
          options={AID_BASES.map((a) => ({ id: a, label: label('aidBasis', a) }))}
          error={problemOf(problems, 'aidBasis')}
        />
        <TextInput
          id="legalBasis"
          label={t('prog.legalBasis')}
          hint={t('prog.legalBasisHint')}
          value={f.legalBasis}
          onChange={set('legalBasis')}
          isRequired={false}
          multiline
        />
        <RulesFields form={rules} setForm={setRules} problems={problems} />
        <Button type="submit" className="button" isDisabled={create.isPending}>
          {t('prog.create')}
        </Button>
      </Form>
    </div>
  );
}

/**
 * One programme for staff (issue #22): its names always; its aid basis, legal basis and rules only while
 * no application in one of its calls has been submitted — after that they are shown with the reason.
 */
export function EditProgrammePage({ id }: { id: string }) {
  const t = useT();
  const programme = useProgramme(id);
  const [saved, setSaved] = useState<string>();
  if (programme.isPending) return <Loading />;
  if (programme.error || !programme.data) return <ErrorMessage error={programme.error} />;
  const p = programme.data;
  return (
    <div className="narrow">
      <PageTitle caption={p.code}>{p.name}</PageTitle>
      {saved ? <Notice kind="success">{saved}</Notice> : null}
      <ProgrammeNamesForm key={`names-${p.name}-${p.nameEn ?? ''}`} programme={p} onSaved={setSaved} />
      {p.rulesEditable ? (
        <ProgrammeRulesForm
          key={`rules-${p.aidBasis}-${p.legalBasis}-${JSON.stringify(p.rules)}`}
          programme={p}
          onSaved={setSaved}
        />
      ) : (
        <section aria-labelledby="rules-title">
          <h2 id="rules-title">{t('progEdit.rulesTitle')}</h2>
          <p>{t('progEdit.rulesLocked')}</p>
          <ProgrammeFacts programme={p} />
          <dl className="facts">
            <Fact term={t('prog.legalBasis')}>{p.legalBasis}</Fact>
          </dl>
        </section>
      )}
      <p>
        <Link href={`/beheer/audit?entiteit=programme&id=${p.id}`}>{t('progEdit.auditLink')}</Link> ·{' '}
        <Link href="/beheer/programmas">{t('callEdit.back')}</Link>
      </p>
    </div>
  );
}

type SaveProgramme = (body: Schemas['UpdateProgrammeDto']) => Promise<Schemas['ProgrammeView']>;

/** The PATCH of a programme; the programmes and calls (which show its name and rules) read again. */
function useSaveProgramme(id: string): SaveProgramme {
  const queryClient = useQueryClient();
  return async (body) => {
    const p = await unwrap(api.PATCH('/api/programmes/{id}', { params: { path: { id } }, body }));
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['programmes'] }),
      queryClient.invalidateQueries({ queryKey: ['calls'] }),
    ]);
    return p;
  };
}

function ProgrammeNamesForm({
  programme,
  onSaved,
}: {
  programme: Schemas['ProgrammeView'];
  onSaved: (m: string) => void;
}) {
  const t = useT();
  const [f, setF] = useState({ name: programme.name, nameEn: programme.nameEn ?? '' });
  const [problems, setProblems] = useState<Problem[]>([]);
  const saveProgramme = useSaveProgramme(programme.id);
  const save = useMutation({
    mutationFn: () => saveProgramme({ name: f.name.trim(), nameEn: f.nameEn.trim() || null }),
    onSuccess: (p) => onSaved(t('progEdit.saved', { name: p.name })),
    onError: (err) => setProblems([{ field: 'editName', message: `${t('common.error')} ${err.message}` }]),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] =
      f.name.trim() === '' ? [{ field: 'editName', message: t('prog.nameMissing') }] : [];
    setProblems(found);
    if (found.length === 0) save.mutate();
  };
  return (
    <section aria-labelledby="names-title">
      <h2 id="names-title">{t('progEdit.namesTitle')}</h2>
      <ErrorSummary problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria">
        <TextInput
          id="editName"
          label={t('prog.name')}
          value={f.name}
          onChange={(name) => setF((x) => ({ ...x, name }))}
          error={problemOf(problems, 'editName')}
        />
        <TextInput
          id="editNameEn"
          label={t('progEdit.nameEn')}
          hint={t('progEdit.nameEnHint')}
          value={f.nameEn}
          onChange={(nameEn) => setF((x) => ({ ...x, nameEn }))}
          isRequired={false}
        />
        <Button type="submit" className="button" isDisabled={save.isPending}>
          {t('progEdit.saveNames')}
        </Button>
      </Form>
    </section>
  );
}

function ProgrammeRulesForm({
  programme,
  onSaved,
}: {
  programme: Schemas['ProgrammeView'];
  onSaved: (m: string) => void;
}) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const [aidBasis, setAidBasis] = useState<string>(programme.aidBasis);
  const [legalBasis, setLegalBasis] = useState(programme.legalBasis);
  const [rules, setRules] = useState<RulesForm>(rulesFormOf(programme.rules, locale));
  const [problems, setProblems] = useState<Problem[]>([]);
  const saveProgramme = useSaveProgramme(programme.id);
  const save = useMutation({
    mutationFn: () =>
      saveProgramme({
        aidBasis: aidBasis as (typeof AID_BASES)[number],
        legalBasis: legalBasis.trim(),
        rules: rulesBodyOf(rules, locale),
      }),
    onSuccess: (p) => onSaved(t('progEdit.rulesSaved', { name: p.name })),
    onError: (err) => {
      const code = err instanceof ApiFailure ? err.error.code : '';
      setProblems([
        code === 'INVALID_TRANSITION'
          ? { field: 'maxGrant', message: t('progEdit.lockedNow') }
          : { field: 'maxGrant', message: `${t('common.error')} ${err.message}` },
      ]);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (legalBasis.trim() === '')
      found.push({ field: 'legalBasis', message: t('progEdit.legalBasisMissing') });
    found.push(...rulesProblems(rules, locale, t));
    setProblems(found);
    if (found.length === 0) save.mutate();
  };
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">{t('progEdit.rulesTitle')}</h2>
      <p>{t('progEdit.rulesIntro')}</p>
      <ErrorSummary problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria">
        <SelectInput
          id="aidBasis"
          label={t('prog.aidBasis')}
          value={aidBasis}
          onChange={setAidBasis}
          options={AID_BASES.map((a) => ({ id: a, label: label('aidBasis', a) }))}
        />
        <TextInput
          id="legalBasis"
          label={t('prog.legalBasis')}
          hint={t('prog.legalBasisHint')}
          value={legalBasis}
          onChange={setLegalBasis}
          multiline
          error={problemOf(problems, 'legalBasis')}
        />
        <RulesFields form={rules} setForm={setRules} problems={problems} />
        <Button type="submit" className="button" isDisabled={save.isPending}>
          {t('progEdit.saveRules')}
        </Button>
      </Form>
    </section>
  );
}

interface CriterionRow {
  key: string;
  label: string;
  weight: string;
  maxScore: string;
  threshold: string;
}

const num = (s: string) => Number(s.trim().replace(',', '.'));
const isNum = (s: string) => /^\d+([.,]\d{1,2})?$/.test(s.trim());

/** The rows of the criteria form as the API takes them. */
function criteriaOf(rows: CriterionRow[]): Schemas['CriterionDto'][] {
  return rows.map((c) => ({
    key: c.key.trim(),
    label: c.label.trim(),
    weight: num(c.weight),
    maxScore: Number(c.maxScore),
    threshold: c.threshold.trim() === '' ? undefined : num(c.threshold),
  }));
}

/** The criteria of a call as rows of the form. */
function rowsOf(criteria: Schemas['CriterionView'][]): CriterionRow[] {
  return criteria.map((c) => ({
    key: c.key,
    label: c.label,
    weight: String(c.weight),
    maxScore: String(c.maxScore),
    threshold: c.threshold === undefined || c.threshold === null ? '' : String(c.threshold),
  }));
}

/** The problems of the criteria rows, as the API would find them (unique keys, weights, thresholds). */
function criteriaProblems(rows: CriterionRow[], t: ReturnType<typeof useT>): Problem[] {
  const found: Problem[] = [];
  const keys = new Set<string>();
  rows.forEach((k, i) => {
    const n = i + 1;
    if (!/^[a-z][a-z0-9_]{0,39}$/.test(k.key.trim()) || keys.has(k.key.trim())) {
      found.push({ field: `c${i}-key`, message: t('call2.keyInvalid', { n }) });
    }
    keys.add(k.key.trim());
    if (k.label.trim() === '') found.push({ field: `c${i}-label`, message: t('call2.labelMissing', { n }) });
    if (!isNum(k.weight) || num(k.weight) <= 0)
      found.push({ field: `c${i}-weight`, message: t('call2.weightInvalid', { n }) });
    if (!/^\d{1,4}$/.test(k.maxScore) || Number(k.maxScore) < 1 || Number(k.maxScore) > 1000) {
      found.push({ field: `c${i}-maxScore`, message: t('call2.maxInvalid', { n }) });
    }
    if (k.threshold.trim() !== '' && (!isNum(k.threshold) || num(k.threshold) > Number(k.maxScore))) {
      found.push({ field: `c${i}-threshold`, message: t('call2.thresholdInvalid', { n }) });
    }
  });
  if (rows.length === 0) found.push({ field: 'add-criterion', message: t('call2.noCriteria') });
  return found;
}

/** The criteria rows (key, label, weight, maximum, threshold), with adding and removing a row. */
function CriteriaFields({
  criteria,
  setCriteria,
  problems,
}: {
  criteria: CriterionRow[];
  setCriteria: (update: (all: CriterionRow[]) => CriterionRow[]) => void;
  problems: Problem[];
}) {
  const t = useT();
  const setCriterion = (i: number, k: keyof CriterionRow) => (v: string) =>
    setCriteria((all) => all.map((c, j) => (j === i ? { ...c, [k]: v } : c)));
  return (
    <fieldset className="fieldset">
      <legend>{t('call2.criteria')}</legend>
      <p className="hint">{t('call2.criteriaHint')}</p>
      {criteria.map((k, i) => (
        <fieldset key={i} className="fieldset">
          <legend>{t('call2.criterionN', { n: i + 1 })}</legend>
          <TextInput
            id={`c${i}-key`}
            label={t('call2.key')}
            hint={t('call2.keyHint')}
            value={k.key}
            onChange={setCriterion(i, 'key')}
            width="medium"
            error={problemOf(problems, `c${i}-key`)}
          />
          <TextInput
            id={`c${i}-label`}
            label={t('call2.label')}
            value={k.label}
            onChange={setCriterion(i, 'label')}
            error={problemOf(problems, `c${i}-label`)}
          />
          <div className="field-row">
            <TextInput
              id={`c${i}-weight`}
              label={t('call2.weight')}
              value={k.weight}
              onChange={setCriterion(i, 'weight')}
              width="short"
              inputMode="decimal"
              error={problemOf(problems, `c${i}-weight`)}
            />
            <TextInput
              id={`c${i}-maxScore`}
              label={t('call2.maxScore')}
              value={k.maxScore}
              onChange={setCriterion(i, 'maxScore')}
              width="short"
              inputMode="numeric"
              error={problemOf(problems, `c${i}-maxScore`)}
            />
            <TextInput
              id={`c${i}-threshold`}
              label={t('call2.threshold')}
              value={k.threshold}
              onChange={setCriterion(i, 'threshold')}
              width="short"
              inputMode="decimal"
              isRequired={false}
              error={problemOf(problems, `c${i}-threshold`)}
            />
          </div>
          {criteria.length > 1 ? (
            <Button
              className="button button-link"
              onPress={() => setCriteria((all) => all.filter((_, j) => j !== i))}
            >
              {t('prog.remove')}{' '}
              <span className="visually-hidden">{t('call2.criterionN', { n: i + 1 })}</span>
            </Button>
          ) : null}
        </fieldset>
      ))}
      <Button
        id="add-criterion"
        className="button button-secondary"
        onPress={() =>
          setCriteria((all) => [...all, { key: '', label: '', weight: '', maxScore: '10', threshold: '' }])
        }
      >
        {t('call2.addCriterion')}
      </Button>
    </fieldset>
  );
}

/** `YYYY-MM-DD` at `time` in Brussels as an ISO moment with its offset (summer or winter time). */
export function brusselsMoment(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d, 12));
  const name =
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', timeZoneName: 'longOffset' })
      .formatToParts(probe)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const offset = name === 'GMT' ? '+00:00' : name.replace('GMT', '');
  return `${date}T${time}${offset}`;
}

/** A new call: programme, title, year, window, budget, reviews and criteria with weights and thresholds. */
export function NewCallPage() {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const programmes = useProgrammes();
  const empty: DateParts = { day: '', month: '', year: '' };
  const [f, setF] = useState({
    programmeId: undefined as string | undefined,
    title: '',
    titleEn: '',
    year: String(new Date().getFullYear()),
    budget: '',
    minReviews: '3',
  });
  const [opens, setOpens] = useState<DateParts>(empty);
  const [closes, setCloses] = useState<DateParts>(empty);
  const [reviewDeadline, setReviewDeadline] = useState<DateParts>(empty);
  const [criteria, setCriteria] = useState<CriterionRow[]>([
    { key: 'innovation', label: '', weight: '', maxScore: '10', threshold: '' },
  ]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const set = (k: keyof typeof f) => (v: string) => setF((p) => ({ ...p, [k]: v }));
  const create = useMutation({
    mutationFn: () => {
      const body: Schemas['CreateCallDto'] = {
        programmeId: f.programmeId as string,
        title: f.title.trim(),
        titleEn: f.titleEn.trim() || undefined,
        year: Number(f.year),
        opensAt: brusselsMoment(toIsoDate(opens) as string, '00:00:00'),
        // open until the end of the closing day, Brussels time (the API's closing-day rule)
        closesOn: toIsoDate(closes) as string,
        reviewsDuringCall: false,
        budgetCents: parseEuroInput(f.budget, locale) as number,
        minReviewsPerApplication: Number(f.minReviews),
        reviewDeadline: toIsoDate(reviewDeadline),
        criteria: criteriaOf(criteria),
      };
      return unwrap(api.POST('/api/calls', { body }));
    },
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: ['calls'] });
      navigate(`/beheer/programmas?aangemaakt=${encodeURIComponent(c.title)}`);
    },
    onError: (err) => setProblems([{ field: 'title', message: `${t('common.error')} ${err.message}` }]),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (!f.programmeId) found.push({ field: 'programmeId', message: t('call2.programmeMissing') });
    if (f.title.trim() === '') found.push({ field: 'title', message: t('call2.titleMissing') });
    if (!/^\d{4}$/.test(f.year)) found.push({ field: 'year', message: t('call2.yearInvalid') });
    const o = toIsoDate(opens);
    const c = toIsoDate(closes);
    if (!o) found.push({ field: 'opens', message: t('call2.dateInvalid') });
    if (!c) found.push({ field: 'closes', message: t('call2.dateInvalid') });
    else if (o && c < o) found.push({ field: 'closes', message: t('call2.closesBeforeOpens') });
    const budget = parseEuroInput(f.budget, locale);
    if (budget === undefined || budget <= 0)
      found.push({ field: 'budget', message: t('prog.amountInvalid') });
    if (!/^\d{1,2}$/.test(f.minReviews) || Number(f.minReviews) < 1 || Number(f.minReviews) > 20) {
      found.push({ field: 'minReviews', message: t('call2.minReviewsInvalid') });
    }
    const rd = toIsoDate(reviewDeadline);
    const anyRd = reviewDeadline.day || reviewDeadline.month || reviewDeadline.year;
    if (anyRd && !rd) found.push({ field: 'reviewDeadline', message: t('call2.dateInvalid') });
    else if (rd && c && rd < c)
      found.push({ field: 'reviewDeadline', message: t('call2.deadlineBeforeClose') });
    found.push(...criteriaProblems(criteria, t));
    setProblems(found);
    if (found.length === 0) create.mutate();
  };
  return (
    <div className="narrow">
      <PageTitle>{t('prog.newCall')}</PageTitle>
      <p>{t('call2.intro')}</p>
      <ErrorSummary problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria">
        <SelectInput
          id="programmeId"
          label={t('call2.programme')}
          value={f.programmeId}
          onChange={set('programmeId')}
          options={(programmes.data?.items ?? []).map((p) => ({ id: p.id, label: `${p.name} (${p.code})` }))}
          error={problemOf(problems, 'programmeId')}
        />
        <TextInput
          id="title"
          label={t('call2.title')}
          value={f.title}
          onChange={set('title')}
          error={problemOf(problems, 'title')}
        />
        <TextInput
          id="titleEn"
          label={t('call2.titleEn')}
          value={f.titleEn}
          onChange={set('titleEn')}
          isRequired={false}
        />
        <TextInput
          id="year"
          label={t('call2.year')}
          value={f.year}
          onChange={set('year')}
          width="short"
          inputMode="numeric"
          error={problemOf(problems, 'year')}
        />
        <DateInput
          id="opens"
          legend={t('call2.opens')}
          value={opens}
          onChange={setOpens}
          error={problemOf(problems, 'opens')}
        />
        <DateInput
          id="closes"
          legend={t('call2.closes')}
          value={closes}
          onChange={setCloses}
          error={problemOf(problems, 'closes')}
        />
        <TextInput
          id="budget"
          label={t('call2.budget')}
          hint={t('prog.euroHint')}
          value={f.budget}
          onChange={set('budget')}
          width="medium"
          inputMode="decimal"
          error={problemOf(problems, 'budget')}
        />
        <TextInput
          id="minReviews"
          label={t('call2.minReviews')}
          value={f.minReviews}
          onChange={set('minReviews')}
          width="short"
          inputMode="numeric"
          error={problemOf(problems, 'minReviews')}
        />
        <DateInput
          id="reviewDeadline"
          legend={t('call2.reviewDeadline')}
          value={reviewDeadline}
          onChange={setReviewDeadline}
          error={problemOf(problems, 'reviewDeadline')}
        />
        <CriteriaFields criteria={criteria} setCriteria={setCriteria} problems={problems} />
        <Button type="submit" className="button" isDisabled={create.isPending}>
          {t('call2.create')}
        </Button>
      </Form>
    </div>
  );
}

/** "tot en met 31 oktober 2026 23:59 (Brussel)": a call closes at the end of its closing day, Brussels time. */
export function useClosingDay(): (closesOn: string) => string {
  const t = useT();
  const { locale } = useLocale();
  return (closesOn) => t('callEdit.closingDay', { day: formatDate(closesOn, locale) });
}

/**
 * One call for staff: its texts (title, English title, description, reviews during the call), while it
 * has not closed a later closing day with the reason (409 CALL_CLOSED once closed), and its budget,
 * planning and criteria (issue #22).
 */
export function EditCallPage({ id }: { id: string }) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const call = useCall(id);
  const closingDay = useClosingDay();
  const [saved, setSaved] = useState<string>();
  if (call.isPending) return <Loading />;
  if (call.error || !call.data) return <ErrorMessage error={call.error} />;
  const c = call.data;
  return (
    <div className="narrow">
      <PageTitle caption={`${c.programmeName} · ${c.year}`}>{c.title}</PageTitle>
      {saved ? <Notice kind="success">{saved}</Notice> : null}
      <dl className="facts">
        <Fact term={t('prog.status')}>{label('callStatus', c.status)}</Fact>
        <Fact term={t('callEdit.opens')}>{formatDateTime(c.opensAt, locale)}</Fact>
        <Fact term={t('callEdit.closes')}>{closingDay(c.closesOn)}</Fact>
        <Fact term={t('prog.budget')}>{formatEuro(c.budgetCents, locale)}</Fact>
      </dl>
      <CallTextsForm key={`texts-${c.title}-${c.description ?? ''}`} call={c} onSaved={setSaved} />
      {c.status === 'closed' ? (
        <section aria-labelledby="extend-title">
          <h2 id="extend-title">{t('callEdit.extendTitle')}</h2>
          <p>{t('callEdit.closedNoExtension')}</p>
        </section>
      ) : (
        <ExtendCallForm key={`extend-${c.closesOn}`} call={c} onSaved={setSaved} />
      )}
      <CallPlanForm
        key={`plan-${c.budgetCents}-${c.opensAt}-${c.reviewDeadline ?? ''}-${JSON.stringify(c.criteria)}-${c.criteriaEditable}`}
        call={c}
        onSaved={setSaved}
      />
      <p>
        <Link href={`/beheer/audit?entiteit=call&id=${c.id}`}>{t('callEdit.auditLink')}</Link> ·{' '}
        <Link href="/beheer/programmas">{t('callEdit.back')}</Link>
      </p>
    </div>
  );
}

function CallTextsForm({ call, onSaved }: { call: Schemas['CallView']; onSaved: (m: string) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [f, setF] = useState({
    title: call.title,
    titleEn: call.titleEn ?? '',
    description: call.description ?? '',
  });
  const [reviewsDuringCall, setReviewsDuringCall] = useState(call.reviewsDuringCall);
  const [problems, setProblems] = useState<Problem[]>([]);
  const set = (k: keyof typeof f) => (v: string) => setF((p) => ({ ...p, [k]: v }));
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/calls/{id}', {
          params: { path: { id: call.id } },
          body: {
            title: f.title.trim(),
            titleEn: f.titleEn.trim() || null,
            description: f.description.trim() || null,
            reviewsDuringCall,
          },
        }),
      ),
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: ['calls'] });
      onSaved(t('callEdit.saved', { title: c.title }));
    },
    onError: (err) => setProblems([{ field: 'editTitle', message: `${t('common.error')} ${err.message}` }]),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (f.title.trim() === '') found.push({ field: 'editTitle', message: t('call2.titleMissing') });
    setProblems(found);
    if (found.length === 0) save.mutate();
  };
  return (
    <section aria-labelledby="texts-title">
      <h2 id="texts-title">{t('callEdit.textsTitle')}</h2>
      <ErrorSummary problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria">
        <TextInput
          id="editTitle"
          label={t('call2.title')}
          value={f.title}
          onChange={set('title')}
          error={problemOf(problems, 'editTitle')}
        />
        <TextInput
          id="editTitleEn"
          label={t('call2.titleEn')}
          value={f.titleEn}
          onChange={set('titleEn')}
          isRequired={false}
        />
        <TextInput
          id="editDescription"
          label={t('callEdit.description')}
          value={f.description}
          onChange={set('description')}
          isRequired={false}
          multiline
        />
        <Checkbox className="checkbox" isSelected={reviewsDuringCall} onChange={setReviewsDuringCall}>
          <span className="checkbox-box" aria-hidden="true" /> {t('callEdit.reviewsDuringCall')}
        </Checkbox>
        <Button type="submit" className="button" isDisabled={save.isPending}>
          {t('callEdit.save')}
        </Button>
      </Form>
    </section>
  );
}

function ExtendCallForm({ call, onSaved }: { call: Schemas['CallView']; onSaved: (m: string) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const closingDay = useClosingDay();
  const [day, setDay] = useState<DateParts>({ day: '', month: '', year: '' });
  const [reason, setReason] = useState('');
  const { locale } = useLocale();
  const [problems, setProblems] = useState<Problem[]>([]);
  // A call is never extended past its review deadline (the API answers 400): that moves first.
  const pastReviewDeadline = (iso: string) => call.reviewDeadline !== null && iso > call.reviewDeadline;
  const reviewDeadlineProblem = (): Problem => ({
    field: 'closesOn',
    message: t('callEdit.pastReviewDeadline', { day: formatDate(call.reviewDeadline ?? '', locale) }),
  });
  const extend = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/calls/{id}/extension', {
          params: { path: { id: call.id } },
          body: { closesOn: toIsoDate(day) as string, reason: reason.trim() },
        }),
      ),
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: ['calls'] });
      onSaved(t('callEdit.extended', { title: c.title, day: closingDay(c.closesOn) }));
    },
    onError: (err) => {
      const e = err instanceof ApiFailure ? err.error : undefined;
      setProblems([
        e?.code === 'CALL_CLOSED'
          ? { field: 'closesOn', message: t('callEdit.closedNow') }
          : e?.statusCode === 400
            ? pastReviewDeadline(toIsoDate(day) ?? '')
              ? reviewDeadlineProblem()
              : { field: 'closesOn', message: t('callEdit.notLater', { day: closingDay(call.closesOn) }) }
            : { field: 'closesOn', message: `${t('common.error')} ${err.message}` },
      ]);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    const iso = toIsoDate(day);
    if (!iso) found.push({ field: 'closesOn', message: t('call2.dateInvalid') });
    else if (iso <= call.closesOn.slice(0, 10)) {
      found.push({ field: 'closesOn', message: t('callEdit.notLater', { day: closingDay(call.closesOn) }) });
    } else if (pastReviewDeadline(iso)) {
      found.push(reviewDeadlineProblem());
    }
    if (reason.trim() === '') found.push({ field: 'extendReason', message: t('callEdit.reasonMissing') });
    setProblems(found);
    if (found.length === 0) extend.mutate();
  };
  return (
    <section aria-labelledby="extend-title">
      <h2 id="extend-title">{t('callEdit.extendTitle')}</h2>
      <p>{t('callEdit.extendIntro', { day: closingDay(call.closesOn) })}</p>
      <ErrorSummary problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria">
        <DateInput
          id="closesOn"
          legend={t('callEdit.newClosingDay')}
          value={day}
          onChange={setDay}
          error={problemOf(problems, 'closesOn')}
        />
        <TextInput
          id="extendReason"
          label={t('callEdit.reason')}
          hint={t('callEdit.reasonHint')}
          value={reason}
          onChange={setReason}
          multiline
          error={problemOf(problems, 'extendReason')}
        />
        <Button type="submit" className="button" isDisabled={extend.isPending}>
          {t('callEdit.extend')}
        </Button>
      </Form>
    </section>
  );
}

/** The Brussels day (`YYYY-MM-DD`) of a moment. */
function brusselsDay(moment: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date(moment));
}

/**
 * The budget (never below what the call has committed: 422 BUDGET_EXCEEDED), the opening day (only
 * while the call has not opened), the review deadline (not before the closing day) and the criteria
 * (only while no evaluator is assigned in the call), in one PATCH.
 */
function CallPlanForm({ call, onSaved }: { call: Schemas['CallView']; onSaved: (m: string) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const closingDay = useClosingDay();
  const upcoming = call.status === 'upcoming';
  const opensOn = brusselsDay(call.opensAt);
  const [budget, setBudget] = useState(euroInputValue(call.budgetCents, locale));
  const [opens, setOpens] = useState<DateParts>(fromIsoDate(opensOn));
  const [reviewDeadline, setReviewDeadline] = useState<DateParts>(
    fromIsoDate(call.reviewDeadline ?? undefined),
  );
  const [criteria, setCriteria] = useState<CriterionRow[]>(rowsOf(call.criteria));
  const [problems, setProblems] = useState<Problem[]>([]);
  const save = useMutation({
    mutationFn: () => {
      const o = toIsoDate(opens);
      const body: Schemas['UpdateCallDto'] = {
        budgetCents: parseEuroInput(budget, locale) as number,
        reviewDeadline: toIsoDate(reviewDeadline) ?? null,
        ...(upcoming && o && o !== opensOn ? { opensAt: brusselsMoment(o, '00:00:00') } : {}),
        ...(call.criteriaEditable ? { criteria: criteriaOf(criteria) } : {}),
      };
      return unwrap(api.PATCH('/api/calls/{id}', { params: { path: { id: call.id } }, body }));
    },
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: ['calls'] });
      onSaved(t('callPlan.saved', { title: c.title }));
    },
    onError: (err) => {
      const e = err instanceof ApiFailure ? err.error : undefined;
      const committed = (e?.details as { committedCents?: number } | undefined)?.committedCents;
      setProblems([
        e?.code === 'BUDGET_EXCEEDED' && committed !== undefined
          ? {
              field: 'planBudget',
              message: t('callPlan.belowCommitted', { committed: formatEuro(committed, locale) }),
            }
          : { field: 'planBudget', message: `${t('common.error')} ${err.message}` },
      ]);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    const cents = parseEuroInput(budget, locale);
    if (cents === undefined) found.push({ field: 'planBudget', message: t('prog.amountInvalid') });
    if (upcoming) {
      const o = toIsoDate(opens);
      if (!o) found.push({ field: 'planOpens', message: t('call2.dateInvalid') });
      else if (o > call.closesOn) found.push({ field: 'planOpens', message: t('call2.closesBeforeOpens') });
    }
    const rd = toIsoDate(reviewDeadline);
    const anyRd = reviewDeadline.day || reviewDeadline.month || reviewDeadline.year;
    if (anyRd && !rd) found.push({ field: 'planReviewDeadline', message: t('call2.dateInvalid') });
    else if (rd && rd < call.closesOn)
      found.push({ field: 'planReviewDeadline', message: t('call2.deadlineBeforeClose') });
    if (call.criteriaEditable) found.push(...criteriaProblems(criteria, t));
    setProblems(found);
    if (found.length === 0) save.mutate();
  };
  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">{t('callPlan.title')}</h2>
      <ErrorSummary problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria">
        <TextInput
          id="planBudget"
          label={t('call2.budget')}
          hint={t('callPlan.budgetHint')}
          value={budget}
          onChange={setBudget}
          width="medium"
          inputMode="decimal"
          error={problemOf(problems, 'planBudget')}
        />
        {upcoming ? (
          <DateInput
            id="planOpens"
            legend={t('callPlan.opens')}
            value={opens}
            onChange={setOpens}
            error={problemOf(problems, 'planOpens')}
          />
        ) : (
          <p>{t('callPlan.openedAlready', { moment: formatDateTime(call.opensAt, locale) })}</p>
        )}
        <DateInput
          id="planReviewDeadline"
          legend={t('call2.reviewDeadline')}
          value={reviewDeadline}
          onChange={setReviewDeadline}
          error={problemOf(problems, 'planReviewDeadline')}
        />
        {call.criteriaEditable ? (
          <CriteriaFields criteria={criteria} setCriteria={setCriteria} problems={problems} />
        ) : (
          <p>{t('callPlan.criteriaLocked')}</p>
        )}
        <p className="hint">{t('callPlan.closingDay', { day: closingDay(call.closesOn) })}</p>
        <Button type="submit" className="button" isDisabled={save.isPending}>
          {t('callPlan.save')}
        </Button>
      </Form>
    </section>
  );
}
