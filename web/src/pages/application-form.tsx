import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { formatEnterpriseNumber, isValidEnterpriseNumber } from '../../../src/kernel/identifiers';
import { api, ApiFailure, type Schemas, unwrap } from '../api/client';
import { useApplication, useCall, useMyOrganisations } from '../api/queries';
import {
  type DateParts,
  DateInput,
  ErrorSummary,
  fromIsoDate,
  type Problem,
  problemOf,
  SelectInput,
  TextInput,
  toIsoDate,
} from '../components/forms';
import { ErrorMessage, Loading, Notice, PageTitle } from '../components/layout';
import { euroInputValue, formatDateTime, formatEuro, formatPercent, parseEuroInput } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { useDebounced } from '../hooks';
import { ApplicationDocuments } from './application-detail';
import { Link, navigate, useLocation } from '../router';

type Category = Schemas['CostDto']['category'];
type Rule = Schemas['ViolationView']['rule'];
const CATEGORIES: Category[] = ['staff', 'operating', 'subcontracting', 'investment'];
/** Every eligibility rule, in the order the page lists them (the API reports the broken ones). */
const RULES: Rule[] = [
  'call_open',
  'min_partners',
  'distinct_partners',
  'one_coordinator',
  'cluster',
  'cost_categories',
  'project_dates',
  'requested_positive',
  'max_funding_rate',
  'max_grant',
  'required_documents',
  'documents_scanned',
];
/**
 * The rules about annexes: `simulate` cannot judge them (it has no documents), so they come from the saved
 * application's own live verdict (`GET /api/applications/:id`), read again after every upload or removal.
 */
const DOCUMENT_RULES: Rule[] = ['required_documents', 'documents_scanned'];

interface CostRow {
  key: number;
  category?: Category;
  description: string;
  amount: string;
}
interface PartnerRow {
  key: number;
  organisationId: string;
  name: string;
  enterpriseNumber: string;
  role: 'coordinator' | 'partner';
  costs: CostRow[];
}
interface FormState {
  title: string;
  acronym: string;
  summary: string;
  cluster?: string;
  language: 'nl' | 'en';
  start: DateParts;
  end: DateParts;
  requested: string;
  partners: PartnerRow[];
}

let nextKey = 1;
const key = () => nextKey++;

function fromApplication(a: Schemas['ApplicationView'], locale: 'nl' | 'en'): FormState {
  return {
    title: a.title,
    acronym: a.acronym ?? '',
    summary: a.summary,
    cluster: a.cluster,
    language: a.language,
    start: fromIsoDate(a.startDate),
    end: fromIsoDate(a.endDate),
    requested: euroInputValue(a.requestedCents, locale),
    partners: a.partners.map((p) => ({
      key: key(),
      organisationId: p.organisationId,
      name: p.name,
      enterpriseNumber: p.enterpriseNumber,
      role: p.role,
      costs: p.costs.map((c) => ({
        key: key(),
        category: c.category,
        description: c.description,
        amount: euroInputValue(c.amountCents, locale),
      })),
    })),
  };
}

const EMPTY: FormState = {
  title: '',
  acronym: '',
  summary: '',
  language: 'nl',
  start: { day: '', month: '', year: '' },
  end: { day: '', month: '', year: '' },
  requested: '',
  partners: [],
};

/**
 * The guided application form: project, consortium, costs per partner and category, requested amount.
 * Saves drafts, and shows the subsidy calculator and every eligibility rule as the user types: each
 * change is sent to `POST /api/calls/:id/simulate` (the rules live in the API, never here).
 */
export function ApplicationFormPage({ id }: { id?: string }) {
  const t = useT();
  const { search } = useLocation();
  const existing = useApplication(id);
  const callId = id ? existing.data?.callId : (search.get('oproep') ?? undefined);
  if (id && existing.isPending) return <Loading />;
  if (id && existing.error) return <ErrorMessage error={existing.error} />;
  if (!callId) {
    return (
      <>
        <PageTitle>{t('form.title')}</PageTitle>
        <p>
          {t('form.chooseCall')} <Link href="/">{t('nav.calls')}</Link>
        </p>
      </>
    );
  }
  const app = existing.data;
  if (app && app.status !== 'draft' && app.status !== 'returned') {
    return (
      <>
        <PageTitle>{app.title}</PageTitle>
        <Notice>{t('form.notEditable')}</Notice>
        <Link href={`/aanvragen/${app.id}`}>{t('form.toDetail')}</Link>
      </>
    );
  }
  return <Editor key={app?.id ?? 'new'} callId={callId} application={app} />;
}

function Editor({ callId, application }: { callId: string; application?: Schemas['ApplicationView'] }) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const call = useCall(callId);
  const orgs = useMyOrganisations();
  const [form, setForm] = useState<FormState>(() =>
    application ? fromApplication(application, locale) : EMPTY,
  );
  const [problems, setProblems] = useState<Problem[]>([]);
  const { search } = useLocation();
  const [savedAt, setSavedAt] = useState<string | undefined>(() =>
    application && search.get('bewaard') ? application.updatedAt : undefined,
  );
  const [partnerKbo, setPartnerKbo] = useState('');
  const [partnerProblem, setPartnerProblem] = useState<string | undefined>();

  // the coordinator is one of the user's own organisations; a new form starts with the first
  const myOrgs = orgs.data?.items ?? [];
  useEffect(() => {
    if (!application && myOrgs.length > 0 && form.partners.length === 0) {
      const o = myOrgs[0];
      setForm((f) => ({
        ...f,
        partners: [
          {
            key: key(),
            organisationId: o.id,
            name: o.name,
            enterpriseNumber: o.enterpriseNumber,
            role: 'coordinator',
            costs: [{ key: key(), description: '', amount: '' }],
          },
        ],
      }));
    }
  }, [application, myOrgs, form.partners.length]);

  const update = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));
  const updatePartner = (pk: number, patch: Partial<PartnerRow>) =>
    setForm((f) => ({ ...f, partners: f.partners.map((p) => (p.key === pk ? { ...p, ...patch } : p)) }));
  const updateCost = (pk: number, ck: number, patch: Partial<CostRow>) =>
    setForm((f) => ({
      ...f,
      partners: f.partners.map((p) =>
        p.key === pk ? { ...p, costs: p.costs.map((c) => (c.key === ck ? { ...c, ...patch } : c)) } : p,
      ),
    }));

  const coordinator = form.partners.find((p) => p.role === 'coordinator');
  const setCoordinator = (orgId: string) => {
    const o = myOrgs.find((x) => x.id === orgId);
    if (!o || !coordinator) return;
    updatePartner(coordinator.key, {
      organisationId: o.id,
      name: o.name,
      enterpriseNumber: o.enterpriseNumber,
    });
  };

  const addPartner = async () => {
    setPartnerProblem(undefined);
    if (!isValidEnterpriseNumber(partnerKbo)) {
      setPartnerProblem(t('orgs.kboInvalid'));
      return;
    }
    try {
      const found = await unwrap(
        api.GET('/api/organisations/lookup', { params: { query: { enterpriseNumber: partnerKbo.trim() } } }),
      );
      if (form.partners.some((p) => p.organisationId === found.id)) {
        setPartnerProblem(t('form.partnerAlready', { name: found.name }));
        return;
      }
      setForm((f) => ({
        ...f,
        partners: [
          ...f.partners,
          {
            key: key(),
            organisationId: found.id,
            name: found.name,
            enterpriseNumber: found.enterpriseNumber,
            role: 'partner',
            costs: [{ key: key(), description: '', amount: '' }],
          },
        ],
      }));
      setPartnerKbo('');
    } catch (err) {
      setPartnerProblem(
        err instanceof ApiFailure && err.error.statusCode === 404 ? t('form.partnerNotFound') : String(err),
      );
    }
  };

  // --- the live simulation -------------------------------------------------------------------------
  const simulationInput = useMemo(() => toSimulation(form, locale), [form, locale]);
  const debounced = useDebounced(simulationInput, 350);
  const simulation = useQuery({
    queryKey: ['simulate', callId, debounced.body],
    enabled: debounced.body !== undefined,
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.POST('/api/calls/{id}/simulate', {
          params: { path: { id: callId } },
          body: debounced.body as Schemas['SimulateApplicationDto'],
        }),
      ),
  });

  // --- saving --------------------------------------------------------------------------------------
  const save = useMutation({
    mutationFn: async ({ body }: { body: Schemas['CreateApplicationDto']; then: 'stay' | 'overview' }) => {
      if (application) {
        const { callId: _c, acronym, ...rest } = body;
        return unwrap(
          api.PATCH('/api/applications/{id}', {
            params: { path: { id: application.id } },
            body: { ...rest, acronym: acronym ?? null } as Schemas['UpdateApplicationDto'],
          }),
        );
      }
      return unwrap(api.POST('/api/applications', { body }));
    },
    onSuccess: async (saved, { then }) => {
      queryClient.setQueryData(['applications', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['applications'], exact: true });
      setSavedAt(saved.updatedAt);
      setProblems([]);
      if (then === 'overview') navigate(`/aanvragen/${saved.id}`);
      // the editor of the saved draft takes over; `bewaard` keeps the confirmation on screen
      else if (!application) navigate(`/aanvragen/${saved.id}/bewerken?bewaard=1`, { replace: true });
    },
    onError: (err) => setProblems(serverProblems(err, t('common.error'))),
  });
  const submit = (then: 'stay' | 'overview') => {
    const found = validate(form, locale, t);
    setProblems(found);
    if (found.length > 0) return;
    save.mutate({ body: toBody(form, callId, locale), then });
  };

  if (call.isPending || orgs.isPending) return <Loading />;
  if (call.error) return <ErrorMessage error={call.error} />;
  if (myOrgs.length === 0) {
    return (
      <>
        <PageTitle>{t('form.title')}</PageTitle>
        <p>{t('form.needOrganisation')}</p>
        <Link className="button" href="/organisaties/nieuw">
          {t('orgs.new')}
        </Link>
      </>
    );
  }
  const c = call.data;
  const clusters = c.rules?.clusters ?? [];
  const sim = simulation.data;
  const required = c.rules?.requiredDocuments ?? [];
  const documentProblems = new Map<Rule, { message: string; lang?: string }>(
    (application?.eligibility.violations ?? [])
      .filter((v) => DOCUMENT_RULES.includes(v.rule))
      .map((v) => [v.rule, { message: v.message, lang: 'en' }]),
  );
  if (!application && required.length > 0) {
    documentProblems.set('required_documents', { message: t('calc.saveFirst') });
  }
  const broken = new Map<Rule, { message: string; lang?: string }>([
    ...(sim?.eligibility.violations ?? [])
      .filter((v) => !DOCUMENT_RULES.includes(v.rule))
      .map((v) => [v.rule, { message: v.message, lang: 'en' }] as const),
    ...documentProblems,
  ]);

  return (
    <>
      <PageTitle caption={c.title}>
        {application ? t('form.editTitle', { reference: application.reference }) : t('form.title')}
      </PageTitle>
      {application?.status === 'returned' ? (
        <div className="notice notice-warning" role="status">
          <strong>{t('detail.returned')}</strong> {application.screeningReason}
        </div>
      ) : null}
      <ErrorSummary problems={problems} />
      {savedAt && problems.length === 0 ? (
        <Notice kind="success">{t('form.saved', { time: formatDateTime(savedAt, locale) })}</Notice>
      ) : null}
      <div className="form-layout">
        <Form
          className="form-main"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            submit('stay');
          }}
          validationBehavior="aria"
        >
          <section aria-labelledby="s-project">
            <h2 id="s-project">{t('form.project')}</h2>
            <TextInput
              id="title"
              label={t('form.projectTitle')}
              value={form.title}
              onChange={(v) => update({ title: v })}
              error={problemOf(problems, 'title')}
            />
            <TextInput
              id="acronym"
              label={t('form.acronym')}
              value={form.acronym}
              onChange={(v) => update({ acronym: v })}
              width="medium"
              isRequired={false}
              error={problemOf(problems, 'acronym')}
            />
            <TextInput
              id="summary"
              label={t('form.summary')}
              hint={t('form.summaryHint')}
              value={form.summary}
              onChange={(v) => update({ summary: v })}
              multiline
              error={problemOf(problems, 'summary')}
            />
            <SelectInput
              id="cluster"
              label={t('form.cluster')}
              value={form.cluster}
              onChange={(v) => update({ cluster: v })}
              options={clusters.map((k) => ({ id: k, label: label('cluster', k) }))}
              error={problemOf(problems, 'cluster')}
            />
            <SelectInput
              id="language"
              label={t('form.language')}
              hint={t('form.languageHint')}
              value={form.language}
              onChange={(v) => update({ language: v as 'nl' | 'en' })}
              options={[
                { id: 'nl', label: 'Nederlands' },
                { id: 'en', label: 'English' },
              ]}
            />
            <DateInput
              id="startDate"
              legend={t('form.startDate')}
              value={form.start}
              onChange={(v) => update({ start: v })}
              error={problemOf(problems, 'startDate')}
            />
            <DateInput
              id="endDate"
              legend={t('form.endDate')}
              value={form.end}
              onChange={(v) => update({ end: v })}
              error={problemOf(problems, 'endDate')}
            />
          </section>

          <section aria-labelledby="s-consortium">
            <h2 id="s-consortium">{t('form.consortium')}</h2>
            <p className="hint">{t('form.consortiumHint')}</p>
            {coordinator ? (
              <SelectInput
                id="coordinator"
                label={t('form.coordinator')}
                value={coordinator.organisationId}
                onChange={setCoordinator}
                options={myOrgs.map((o) => ({
                  id: o.id,
                  label: `${o.name} (${formatEnterpriseNumber(o.enterpriseNumber)})`,
                }))}
              />
            ) : null}
            <div className="field-row">
              <TextInput
                id="partnerKbo"
                label={t('form.partnerKbo')}
                hint={t('form.partnerKboHint')}
                value={partnerKbo}
                onChange={setPartnerKbo}
                width="medium"
                inputMode="numeric"
                error={partnerProblem}
              />
              <Button className="button button-secondary" onPress={() => void addPartner()}>
                {t('form.addPartner')}
              </Button>
            </div>
          </section>

          <section aria-labelledby="s-costs">
            <h2 id="s-costs">{t('form.costs')}</h2>
            <p className="hint">{t('form.costsHint')}</p>
            {form.partners.map((p, pi) => (
              <fieldset key={p.key} className="fieldset partner">
                <legend>
                  {p.name} — {label('partnerRole', p.role)}
                </legend>
                {p.costs.map((cost, ci) => {
                  const base = `p${pi}-c${ci}`;
                  return (
                    <div
                      key={cost.key}
                      className="cost-row"
                      role="group"
                      aria-label={t('form.costN', { n: ci + 1 })}
                    >
                      <SelectInput
                        id={`${base}-category`}
                        label={t('form.category')}
                        value={cost.category}
                        onChange={(v) => updateCost(p.key, cost.key, { category: v as Category })}
                        options={CATEGORIES.map((k) => ({
                          id: k,
                          label:
                            c.rules && !c.rules.eligibleCostCategories.includes(k)
                              ? `${label('category', k)} (${t('form.notEligible')})`
                              : label('category', k),
                        }))}
                        error={problemOf(problems, `${base}-category`)}
                      />
                      <TextInput
                        id={`${base}-description`}
                        label={t('form.costDescription')}
                        value={cost.description}
                        onChange={(v) => updateCost(p.key, cost.key, { description: v })}
                        error={problemOf(problems, `${base}-description`)}
                      />
                      <TextInput
                        id={`${base}-amount`}
                        label={t('form.amount')}
                        hint={t('form.amountHint')}
                        value={cost.amount}
                        onChange={(v) => updateCost(p.key, cost.key, { amount: v })}
                        width="short"
                        inputMode="decimal"
                        error={problemOf(problems, `${base}-amount`)}
                      />
                      <Button
                        className="button button-link"
                        onPress={() =>
                          updatePartner(p.key, { costs: p.costs.filter((x) => x.key !== cost.key) })
                        }
                      >
                        {t('form.remove')}
                        <span className="visually-hidden">
                          {' '}
                          {t('form.removeCost', { n: ci + 1, name: p.name })}
                        </span>
                      </Button>
                    </div>
                  );
                })}
                <div className="actions">
                  <Button
                    className="button button-secondary"
                    onPress={() =>
                      updatePartner(p.key, {
                        costs: [...p.costs, { key: key(), description: '', amount: '' }],
                      })
                    }
                  >
                    {t('form.addCost', { name: p.name })}
                  </Button>
                  {p.role === 'partner' ? (
                    <Button
                      className="button button-link"
                      onPress={() =>
                        setForm((f) => ({ ...f, partners: f.partners.filter((x) => x.key !== p.key) }))
                      }
                    >
                      {t('form.removePartner', { name: p.name })}
                    </Button>
                  ) : null}
                </div>
              </fieldset>
            ))}
          </section>

          <section aria-labelledby="s-requested">
            <h2 id="s-requested">{t('form.requested')}</h2>
            <div className="field-row">
              <TextInput
                id="requested"
                label={t('form.requestedAmount')}
                hint={
                  sim
                    ? t('form.requestedHint', { max: formatEuro(sim.figures.maxGrantCents, locale) })
                    : undefined
                }
                value={form.requested}
                onChange={(v) => update({ requested: v })}
                width="medium"
                inputMode="decimal"
                error={problemOf(problems, 'requested')}
              />
              {sim && sim.figures.maxGrantCents > 0 ? (
                <Button
                  className="button button-secondary"
                  onPress={() => update({ requested: euroInputValue(sim.figures.maxGrantCents, locale) })}
                >
                  {t('form.requestMax')}
                </Button>
              ) : null}
            </div>
          </section>

          <div className="actions">
            <Button type="submit" className="button" isDisabled={save.isPending}>
              {t('form.saveDraft')}
            </Button>
            <Button
              id="save-and-review"
              className="button button-secondary"
              isDisabled={save.isPending}
              onPress={() => submit('overview')}
            >
              {t('form.saveAndReview')}
            </Button>
          </div>
        </Form>

        <aside className="calculator" aria-labelledby="calc-title">
          <h2 id="calc-title">{t('calc.title')}</h2>
          {simulationInput.missing.length > 0 ? (
            <div role="status">
              <p>{t('calc.missing')}</p>
              <ul>
                {simulationInput.missing.map((m) => (
                  <li key={m}>{t(m)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {simulation.error ? <ErrorMessage error={simulation.error} /> : null}
          {sim ? (
            <>
              <dl className="figures" aria-live="polite" aria-atomic="true" data-testid="figures">
                <div>
                  <dt>{t('calc.totalCosts')}</dt>
                  <dd>{formatEuro(sim.figures.totalCostsCents, locale)}</dd>
                </div>
                <div>
                  <dt>{t('calc.eligibleCosts')}</dt>
                  <dd data-testid="eligible-costs">{formatEuro(sim.figures.eligibleCostsCents, locale)}</dd>
                </div>
                <div>
                  <dt>{t('calc.rate')}</dt>
                  <dd>{formatPercent(sim.figures.maxFundingRatePct, locale)}</dd>
                </div>
                <div className="figure-main">
                  <dt>{t('calc.maxGrant')}</dt>
                  <dd data-testid="max-grant">{formatEuro(sim.figures.maxGrantCents, locale)}</dd>
                </div>
                <div>
                  <dt>{t('calc.requested')}</dt>
                  <dd>{formatEuro(sim.figures.requestedCents, locale)}</dd>
                </div>
              </dl>
              <h3>{t('calc.rules')}</h3>
              <p className="verdict" aria-live="polite">
                {broken.size === 0
                  ? `✓ ${t('calc.allMet')}`
                  : `✗ ${t('calc.someBroken', { n: broken.size })}`}
              </p>
              <ul className="rules">
                {RULES.map((r) => {
                  const problem = broken.get(r);
                  const message = problem?.message;
                  return (
                    <li key={r} className={message ? 'rule rule-broken' : 'rule rule-ok'}>
                      <span aria-hidden="true" className="rule-icon">
                        {message ? '✗' : '✓'}
                      </span>
                      <span>
                        <span className="visually-hidden">
                          {message ? t('calc.broken') : t('calc.met')}:{' '}
                        </span>
                        {label('rule', r)}
                        {message ? (
                          <span className="rule-message" lang={problem?.lang}>
                            {message}
                          </span>
                        ) : null}
                        {r === 'required_documents' && required.length > 0 ? (
                          <ul className="rule-docs">
                            {required.map((d) => (
                              <li key={d.kind}>
                                {d.label}
                                {d.perPartner ? ` (${t('docs.perPartner')})` : ''}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
        </aside>
      </div>
      {application ? (
        <ApplicationDocuments application={application} />
      ) : (
        <section aria-labelledby="documents-heading">
          <h2 id="documents-heading">{t('docs.title')}</h2>
          <p>{required.length > 0 ? t('docs.saveFirstRequired') : t('docs.saveFirst')}</p>
        </section>
      )}
    </>
  );
}

type T = ReturnType<typeof useT>;

function costCents(c: CostRow, locale: 'nl' | 'en'): number | undefined {
  return parseEuroInput(c.amount, locale);
}

/** The simulation's body, or what is still missing before the API can compute anything. */
function toSimulation(
  f: FormState,
  locale: 'nl' | 'en',
): { body?: Schemas['SimulateApplicationDto']; missing: Parameters<T>[0][] } {
  const missing: Parameters<T>[0][] = [];
  const startDate = toIsoDate(f.start);
  const endDate = toIsoDate(f.end);
  if (!f.cluster) missing.push('calc.needCluster');
  if (!startDate || !endDate) missing.push('calc.needDates');
  if (f.partners.length === 0) missing.push('calc.needPartners');
  if (missing.length > 0 || !startDate || !endDate || !f.cluster) return { missing };
  return {
    missing,
    body: {
      cluster: f.cluster,
      language: f.language,
      startDate,
      endDate,
      requestedCents: parseEuroInput(f.requested, locale) ?? 0,
      partners: f.partners.map((p) => ({
        organisationId: p.organisationId,
        role: p.role,
        // a cost counts as soon as it has a category and an amount; its description does not change the figures
        costs: p.costs.flatMap((c) => {
          const amountCents = costCents(c, locale);
          return c.category && amountCents !== undefined
            ? [{ category: c.category, description: c.description.trim() || '-', amountCents }]
            : [];
        }),
      })),
    },
  };
}

function validate(f: FormState, locale: 'nl' | 'en', t: T): Problem[] {
  const found: Problem[] = [];
  if (!f.title.trim()) found.push({ field: 'title', message: t('form.titleMissing') });
  if (f.acronym.trim().length > 40) found.push({ field: 'acronym', message: t('form.acronymLong') });
  if (!f.summary.trim()) found.push({ field: 'summary', message: t('form.summaryMissing') });
  if (!f.cluster) found.push({ field: 'cluster', message: t('form.clusterMissing') });
  if (!toIsoDate(f.start))
    found.push({ field: 'startDate', message: t('form.dateInvalid', { what: t('form.startDate') }) });
  if (!toIsoDate(f.end))
    found.push({ field: 'endDate', message: t('form.dateInvalid', { what: t('form.endDate') }) });
  f.partners.forEach((p, pi) =>
    p.costs.forEach((c, ci) => {
      const base = `p${pi}-c${ci}`;
      const n = { n: ci + 1, name: p.name };
      if (!c.category) found.push({ field: `${base}-category`, message: t('form.categoryMissing', n) });
      if (!c.description.trim())
        found.push({ field: `${base}-description`, message: t('form.descriptionMissing', n) });
      if (costCents(c, locale) === undefined)
        found.push({ field: `${base}-amount`, message: t('form.amountInvalid', n) });
    }),
  );
  if (parseEuroInput(f.requested, locale) === undefined) {
    found.push({ field: 'requested', message: t('form.requestedInvalid') });
  }
  return found;
}

function toBody(f: FormState, callId: string, locale: 'nl' | 'en'): Schemas['CreateApplicationDto'] {
  return {
    callId,
    title: f.title.trim(),
    acronym: f.acronym.trim() || undefined,
    summary: f.summary.trim(),
    cluster: f.cluster as string,
    language: f.language,
    startDate: toIsoDate(f.start) as string,
    endDate: toIsoDate(f.end) as string,
    requestedCents: parseEuroInput(f.requested, locale) as number,
    partners: f.partners.map((p) => ({
      organisationId: p.organisationId,
      role: p.role,
      costs: p.costs.map((c) => ({
        category: c.category as Category,
        description: c.description.trim(),
        amountCents: costCents(c, locale) as number,
      })),
    })),
  };
}

/** The API's refusal as problems of the summary (field errors where the API names the field). */
function serverProblems(err: unknown, prefix: string): Problem[] {
  if (err instanceof ApiFailure && Array.isArray(err.error.details)) {
    const fields = err.error.details as { field?: string; message?: string }[];
    if (fields.length > 0 && fields.every((d) => typeof d.message === 'string')) {
      return fields.map((d) => ({
        field:
          d.field && ['title', 'summary', 'cluster', 'startDate', 'endDate'].includes(d.field)
            ? d.field
            : 'title',
        message: `${prefix} ${d.message}`,
      }));
    }
  }
  return [{ field: 'title', message: `${prefix} ${err instanceof Error ? err.message : String(err)}` }];
}
