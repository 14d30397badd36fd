import { Button, Checkbox } from 'react-aria-components';
import type { Schemas } from '../api/client';
import { euroInputValue, formatEuro, formatPercent, parseEuroInput } from '../i18n/format';
import type { Locale } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { Fact } from './facts';
import { type Problem, problemOf, SelectInput, TextInput } from './forms';

/**
 * The rules of a programme on screen (issue #22): the fields of the new-programme and edit-programme
 * forms, their checks and body, and the rules as facts (the list of programmes, and the edit page once
 * the rules are bound by a submitted application).
 */

export const AID_BASES = ['de_minimis', 'gber', 'none'] as const;
export const SETTLEMENTS = ['proportional', 'rate_cap'] as const;

/** The rule fields as typed. */
export interface RulesForm {
  maxGrant: string;
  rate: string;
  rateWithoutSme: string;
  minPartners: string;
  advance: string;
  finalReportMonths: string;
  settlement: (typeof SETTLEMENTS)[number];
  docs: DocRow[];
}

export interface DocRow {
  kind: string;
  label: string;
  perPartner: boolean;
}

const pctInput = (n: number, locale: Locale) => String(n).replace('.', locale === 'nl' ? ',' : '.');
const num = (s: string) => Number(s.trim().replace(',', '.'));

/** The form filled in with the given rules (a new programme: the defaults of the API). */
export function rulesFormOf(rules: Schemas['ProgrammeRulesView'], locale: Locale): RulesForm {
  return {
    maxGrant: euroInputValue(rules.maxGrantCents, locale),
    rate: pctInput(rules.maxFundingRatePct, locale),
    rateWithoutSme: pctInput(rules.maxFundingRateWithoutSmePct, locale),
    minPartners: String(rules.minPartners),
    advance: pctInput(rules.advancePaymentPct, locale),
    finalReportMonths: String(rules.finalReportMonths),
    settlement: rules.settlement,
    docs: rules.requiredDocuments.map((d) => ({ kind: d.kind, label: d.label, perPartner: !!d.perPartner })),
  };
}

/** The fields as the API takes them (`ProgrammeRulesDto`); call after `rulesProblems` found none. */
export function rulesBodyOf(f: RulesForm, locale: Locale): Schemas['ProgrammeRulesDto'] {
  return {
    maxGrantCents: parseEuroInput(f.maxGrant, locale),
    maxFundingRatePct: num(f.rate),
    maxFundingRateWithoutSmePct: num(f.rateWithoutSme),
    minPartners: Number(f.minPartners),
    advancePaymentPct: num(f.advance),
    finalReportMonths: Number(f.finalReportMonths),
    settlement: f.settlement,
    requiredDocuments: f.docs.map((d) => ({
      kind: d.kind.trim(),
      label: d.label.trim(),
      perPartner: d.perPartner,
    })),
  };
}

/** The problems of the rule fields, as the API would find them. */
export function rulesProblems(f: RulesForm, locale: Locale, t: ReturnType<typeof useT>): Problem[] {
  const found: Problem[] = [];
  const max = parseEuroInput(f.maxGrant, locale);
  if (max === undefined || max < 0) found.push({ field: 'maxGrant', message: t('prog.amountInvalid') });
  const pct = (s: string) => /^\d{1,3}([.,]\d{1,2})?$/.test(s.trim()) && num(s) <= 100;
  for (const k of ['rate', 'rateWithoutSme', 'advance'] as const) {
    if (!pct(f[k])) found.push({ field: k, message: t('prog.pctInvalid') });
  }
  if (pct(f.rate) && pct(f.rateWithoutSme) && num(f.rateWithoutSme) > num(f.rate)) {
    found.push({ field: 'rateWithoutSme', message: t('prog.rateWithoutSmeAbove') });
  }
  if (!/^\d{1,2}$/.test(f.minPartners) || Number(f.minPartners) < 1 || Number(f.minPartners) > 50) {
    found.push({ field: 'minPartners', message: t('prog.minPartnersInvalid') });
  }
  if (
    !/^\d{1,2}$/.test(f.finalReportMonths) ||
    Number(f.finalReportMonths) < 1 ||
    Number(f.finalReportMonths) > 24
  ) {
    found.push({ field: 'finalReportMonths', message: t('prog.monthsInvalid') });
  }
  f.docs.forEach((d, i) => {
    if (!/^[a-z][a-z0-9_]{0,59}$/.test(d.kind.trim())) {
      found.push({ field: `doc${i}-kind`, message: t('prog.docKindInvalid', { n: i + 1 }) });
    }
    if (d.label.trim() === '')
      found.push({ field: `doc${i}-label`, message: t('prog.docLabelMissing', { n: i + 1 }) });
  });
  return found;
}

/** The rule fields (rates, ceilings, partners, advance, report, settlement) and the required annexes. */
export function RulesFields({
  form,
  setForm,
  problems,
}: {
  form: RulesForm;
  setForm: (update: (f: RulesForm) => RulesForm) => void;
  problems: Problem[];
}) {
  const t = useT();
  const label = useLabel();
  const set = (k: Exclude<keyof RulesForm, 'docs'>) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const setDoc = (i: number, change: Partial<DocRow>) =>
    setForm((f) => ({ ...f, docs: f.docs.map((x, j) => (j === i ? { ...x, ...change } : x)) }));
  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('prog.rules')}</legend>
        <TextInput
          id="maxGrant"
          label={t('prog.maxGrant')}
          hint={t('prog.euroHint')}
          value={form.maxGrant}
          onChange={set('maxGrant')}
          width="medium"
          inputMode="decimal"
          error={problemOf(problems, 'maxGrant')}
        />
        <TextInput
          id="rate"
          label={t('prog.rate')}
          hint={t('prog.pctHint')}
          value={form.rate}
          onChange={set('rate')}
          width="short"
          inputMode="decimal"
          error={problemOf(problems, 'rate')}
        />
        <TextInput
          id="rateWithoutSme"
          label={t('prog.rateWithoutSme')}
          hint={t('prog.pctHint')}
          value={form.rateWithoutSme}
          onChange={set('rateWithoutSme')}
          width="short"
          inputMode="decimal"
          error={problemOf(problems, 'rateWithoutSme')}
        />
        <TextInput
          id="minPartners"
          label={t('prog.minPartners')}
          value={form.minPartners}
          onChange={set('minPartners')}
          width="short"
          inputMode="numeric"
          error={problemOf(problems, 'minPartners')}
        />
        <TextInput
          id="advance"
          label={t('prog.advance')}
          hint={t('prog.pctHint')}
          value={form.advance}
          onChange={set('advance')}
          width="short"
          inputMode="decimal"
          error={problemOf(problems, 'advance')}
        />
        <TextInput
          id="finalReportMonths"
          label={t('prog.finalReportMonths')}
          value={form.finalReportMonths}
          onChange={set('finalReportMonths')}
          width="short"
          inputMode="numeric"
          error={problemOf(problems, 'finalReportMonths')}
        />
        <SelectInput
          id="settlement"
          label={t('prog.settlement')}
          hint={t('prog.settlementHint')}
          value={form.settlement}
          onChange={set('settlement')}
          options={SETTLEMENTS.map((r) => ({ id: r, label: label('settlement', r) }))}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('prog.requiredDocuments')}</legend>
        <p className="hint">{t('prog.documentsHint')}</p>
        {form.docs.map((d, i) => (
          <div key={i} className="field-row" role="group" aria-label={t('prog.docN', { n: i + 1 })}>
            <TextInput
              id={`doc${i}-kind`}
              label={t('prog.docKind')}
              value={d.kind}
              onChange={(kind) => setDoc(i, { kind })}
              error={problemOf(problems, `doc${i}-kind`)}
            />
            <TextInput
              id={`doc${i}-label`}
              label={t('prog.docLabel')}
              value={d.label}
              onChange={(v) => setDoc(i, { label: v })}
              error={problemOf(problems, `doc${i}-label`)}
            />
            <Checkbox
              className="checkbox"
              isSelected={d.perPartner}
              onChange={(perPartner) => setDoc(i, { perPartner })}
            >
              <span className="checkbox-box" aria-hidden="true" /> {t('prog.perPartner')}
            </Checkbox>
            <Button
              className="button button-link"
              onPress={() => setForm((f) => ({ ...f, docs: f.docs.filter((_, j) => j !== i) }))}
            >
              {t('prog.remove')} <span className="visually-hidden">{t('prog.docN', { n: i + 1 })}</span>
            </Button>
          </div>
        ))}
        <Button
          className="button button-secondary"
          onPress={() =>
            setForm((f) => ({ ...f, docs: [...f.docs, { kind: '', label: '', perPartner: false }] }))
          }
        >
          {t('prog.addDocument')}
        </Button>
      </fieldset>
    </>
  );
}

/** The aid basis and rules of a programme as facts (a `dl`). */
export function ProgrammeFacts({ programme }: { programme: Schemas['ProgrammeView'] }) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const r = programme.rules;
  return (
    <dl className="facts facts-wide">
      <Fact term={t('prog.aidBasis')}>{label('aidBasis', programme.aidBasis)}</Fact>
      <Fact term={t('prog.maxGrant')}>{formatEuro(r.maxGrantCents, locale)}</Fact>
      <Fact term={t('prog.rates')}>
        {t('prog.ratesValue', {
          sme: formatPercent(r.maxFundingRatePct, locale),
          other: formatPercent(r.maxFundingRateWithoutSmePct, locale),
        })}
      </Fact>
      <Fact term={t('prog.minPartners')}>{r.minPartners}</Fact>
      <Fact term={t('prog.advance')}>{formatPercent(r.advancePaymentPct, locale)}</Fact>
      <Fact term={t('prog.finalReportMonths')}>{r.finalReportMonths}</Fact>
      <Fact term={t('prog.settlement')}>{label('settlement', r.settlement)}</Fact>
      <Fact term={t('prog.requiredDocuments')}>
        {r.requiredDocuments.length === 0
          ? t('prog.noDocuments')
          : r.requiredDocuments
              .map((d) => (d.perPartner ? `${d.label} (${t('prog.perPartner')})` : d.label))
              .join(', ')}
      </Fact>
    </dl>
  );
}
