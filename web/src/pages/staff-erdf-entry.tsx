import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, ApiFailure, type Schemas, unwrap } from '../api/client';
import { downloadFile, uploadFile } from '../components/download';
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
import { ErrorMessage, Notice } from '../components/layout';
import { euroInputValue, formatEuro, parseEuroInput } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { todayIso } from './staff-sme';

/**
 * Staff data entry on an ERDF project (issue #22): an expense with its invoice, a claim for the next
 * reporting period, its submission and the payments received, and the report as a file.
 */
const CATEGORIES = [
  'staff',
  'external_expertise',
  'equipment',
  'infrastructure',
  'travel',
  'office_admin',
  'other',
] as const;
const EMPTY: DateParts = { day: '', month: '', year: '' };

const invalidate = (queryClient: ReturnType<typeof useQueryClient>, projectId: string) =>
  queryClient.invalidateQueries({ queryKey: ['erdf-projects', projectId] });

/** A new expense of a partner, with its invoice uploaded to the expense's documents. */
export function RecordExpense({ report }: { report: Schemas['ErdfReportView'] }) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const empty = { partner: undefined as string | undefined, category: undefined as string | undefined };
  const [choice, setChoice] = useState(empty);
  const [f, setF] = useState({ description: '', invoiceRef: '', amount: '' });
  const [incurred, setIncurred] = useState<DateParts>(EMPTY);
  const [paid, setPaid] = useState<DateParts>(EMPTY);
  const [file, setFile] = useState<File>();
  const [fileKey, setFileKey] = useState(0);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string>();
  const set = (k: keyof typeof f) => (v: string) => setF((p) => ({ ...p, [k]: v }));
  const record = useMutation({
    mutationFn: async () => {
      const expense = await unwrap(
        api.POST('/api/erdf-projects/{id}/expenses', {
          params: { path: { id: report.projectId } },
          body: {
            partnerOrganisationId: choice.partner as string,
            category: choice.category as (typeof CATEGORIES)[number],
            description: f.description.trim(),
            invoiceRef: f.invoiceRef.trim(),
            amountCents: parseEuroInput(f.amount, locale) as number,
            incurredOn: toIsoDate(incurred) as string,
            paidOn: toIsoDate(paid) as string,
          },
        }),
      );
      const upload = await uploadFile(
        `/api/erdf-projects/${report.projectId}/expenses/${expense.id}/documents`,
        file as File,
        { kind: 'invoice', title: t('erdfEntry.invoiceTitle', { ref: expense.invoiceRef }) },
      );
      return { expense, upload };
    },
    onSuccess: async ({ expense, upload }) => {
      await invalidate(queryClient, report.projectId);
      setF({ description: '', invoiceRef: '', amount: '' });
      setChoice(empty);
      setIncurred(EMPTY);
      setPaid(EMPTY);
      setFile(undefined);
      setFileKey((k) => k + 1);
      const amount = formatEuro(expense.amountCents, locale);
      if (upload.status === 201) {
        setProblems([]);
        setDone(t('erdfEntry.expenseRecorded', { ref: expense.invoiceRef, amount }));
      } else {
        setDone(t('erdfEntry.expenseRecordedNoInvoice', { ref: expense.invoiceRef, amount }));
        setProblems([
          { field: 'expenseInvoice', message: t('erdfEntry.uploadFailed', { detail: upload.message ?? '' }) },
        ]);
      }
    },
    onError: (err) => {
      const code = err instanceof ApiFailure ? err.error.code : '';
      setProblems([
        code === 'EXPENSE_NOT_ELIGIBLE'
          ? { field: 'expenseAmount', message: t('erdfEntry.notEligible', { detail: err.message }) }
          : { field: 'expensePartner', message: `${t('common.error')} ${err.message}` },
      ]);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(undefined);
    const found: Problem[] = [];
    if (!choice.partner) found.push({ field: 'expensePartner', message: t('erdfEntry.partnerMissing') });
    if (!choice.category) found.push({ field: 'expenseCategory', message: t('erdfEntry.categoryMissing') });
    if (f.description.trim() === '')
      found.push({ field: 'expenseDescription', message: t('erdfEntry.descriptionMissing') });
    if (f.invoiceRef.trim() === '')
      found.push({ field: 'expenseInvoiceRef', message: t('erdfEntry.invoiceRefMissing') });
    const amount = parseEuroInput(f.amount, locale);
    if (amount === undefined || amount <= 0)
      found.push({ field: 'expenseAmount', message: t('prog.amountInvalid') });
    const i = toIsoDate(incurred);
    const p = toIsoDate(paid);
    if (!i) found.push({ field: 'expenseIncurredOn', message: t('erdfEntry.incurredOnInvalid') });
    if (!p) found.push({ field: 'expensePaidOn', message: t('erdfEntry.paidOnInvalid') });
    else if (i && p < i) found.push({ field: 'expensePaidOn', message: t('erdfEntry.paidBeforeIncurred') });
    if (!file) found.push({ field: 'expenseInvoice', message: t('erdfEntry.invoiceMissing') });
    setProblems(found);
    if (found.length === 0) record.mutate();
  };
  const fileError = problemOf(problems, 'expenseInvoice');
  return (
    <section aria-labelledby="record-expense-title" className="narrow">
      <h3 id="record-expense-title">{t('erdfEntry.expenseTitle')}</h3>
      {done ? <Notice kind="success">{done}</Notice> : null}
      <ErrorSummary problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria">
        <SelectInput
          id="expensePartner"
          label={t('erdf.partner')}
          value={choice.partner}
          onChange={(v) => setChoice((c) => ({ ...c, partner: v }))}
          options={report.partners.map((p) => ({ id: p.organisationId, label: p.name }))}
          error={problemOf(problems, 'expensePartner')}
        />
        <SelectInput
          id="expenseCategory"
          label={t('form.category')}
          value={choice.category}
          onChange={(v) => setChoice((c) => ({ ...c, category: v }))}
          options={CATEGORIES.map((c) => ({ id: c, label: label('expenseCategory', c) }))}
          error={problemOf(problems, 'expenseCategory')}
        />
        <TextInput
          id="expenseDescription"
          label={t('form.costDescription')}
          value={f.description}
          onChange={set('description')}
          error={problemOf(problems, 'expenseDescription')}
        />
        <TextInput
          id="expenseInvoiceRef"
          label={t('erdfEntry.invoiceRef')}
          value={f.invoiceRef}
          onChange={set('invoiceRef')}
          width="medium"
          error={problemOf(problems, 'expenseInvoiceRef')}
        />
        <TextInput
          id="expenseAmount"
          label={t('form.amount')}
          hint={t('prog.euroHint')}
          value={f.amount}
          onChange={set('amount')}
          width="medium"
          inputMode="decimal"
          error={problemOf(problems, 'expenseAmount')}
        />
        <DateInput
          id="expenseIncurredOn"
          legend={t('erdfEntry.incurredOn')}
          value={incurred}
          onChange={setIncurred}
          error={problemOf(problems, 'expenseIncurredOn')}
        />
        <DateInput
          id="expensePaidOn"
          legend={t('erdf.paidOn')}
          value={paid}
          onChange={setPaid}
          error={problemOf(problems, 'expensePaidOn')}
        />
        <div className="field">
          <label htmlFor="expenseInvoice">{t('erdfEntry.invoice')}</label>
          <p className="hint" id="expenseInvoice-hint">
            {t('erdfEntry.invoiceHint')}
          </p>
          {fileError ? (
            <p className="field-error" id="expenseInvoice-error">
              <span className="visually-hidden">{t('form.error')}: </span>
              {fileError}
            </p>
          ) : null}
          <input
            key={fileKey}
            id="expenseInvoice"
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,.odt,.docx,.xlsx"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? 'expenseInvoice-hint expenseInvoice-error' : 'expenseInvoice-hint'}
            onChange={(e) => setFile(e.target.files?.[0])}
          />
        </div>
        <Button type="submit" className="button" isDisabled={record.isPending}>
          {t('erdfEntry.recordExpense')}
        </Button>
      </Form>
    </section>
  );
}

/** A draft claim for the next reporting period after the last claim (the API picks the period). */
export function NewClaim({ projectId }: { projectId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string>();
  const create = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/erdf-projects/{id}/claims', { params: { path: { id: projectId } }, body: {} })),
    onSuccess: async (c) => {
      await invalidate(queryClient, projectId);
      setDone(t('erdfEntry.claimCreated', { n: c.number, count: c.expenseCount }));
    },
  });
  return (
    <div>
      <div className="actions">
        <Button
          className="button button-secondary"
          onPress={() => create.mutate()}
          isDisabled={create.isPending}
        >
          {t('erdfEntry.newClaim')}
        </Button>
      </div>
      <p className="hint">{t('erdfEntry.newClaimHint')}</p>
      {done ? <Notice kind="success">{done}</Notice> : null}
      {create.error ? <ErrorMessage error={create.error} /> : null}
    </div>
  );
}

/** The action of a claim row: submit a draft (on a date), or record a payment received. */
export function ClaimAction({ projectId, claim }: { projectId: string; claim: Schemas['ClaimView'] }) {
  if (claim.status === 'draft') return <SubmitClaim projectId={projectId} claim={claim} />;
  if (claim.status === 'submitted' || claim.status === 'partially_paid')
    return <MarkClaimPaid projectId={projectId} claim={claim} />;
  return null;
}

const errorText = (t: ReturnType<typeof useT>, err: Error) => {
  const e = err instanceof ApiFailure ? err.error : undefined;
  if (e?.code === 'DOCUMENT_PENDING') return t('erdfEntry.documentPending');
  if (e?.code === 'PAYMENT_EXCEEDS_GRANT') return t('erdfEntry.exceeds', { detail: err.message });
  return `${t('common.error')} ${err.message}`;
};

function SubmitClaim({ projectId, claim }: { projectId: string; claim: Schemas['ClaimView'] }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState<DateParts>(EMPTY);
  const [problems, setProblems] = useState<Problem[]>([]);
  const submitClaim = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/erdf-projects/{id}/claims/{claimId}/submit', {
          params: { path: { id: projectId, claimId: claim.id } },
          body: { submittedOn: toIsoDate(date) as string },
        }),
      ),
    onSuccess: async () => {
      setOpen(false);
      await invalidate(queryClient, projectId);
    },
    onError: (err) => setProblems([{ field: `submittedOn-${claim.number}`, message: errorText(t, err) }]),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const iso = toIsoDate(date);
    const found: Problem[] = [];
    if (!iso) found.push({ field: `submittedOn-${claim.number}`, message: t('call2.dateInvalid') });
    else if (iso < claim.periodTo.slice(0, 10) || iso > todayIso())
      found.push({ field: `submittedOn-${claim.number}`, message: t('erdfEntry.submittedOnInvalid') });
    setProblems(found);
    if (found.length === 0) submitClaim.mutate();
  };
  return (
    <>
      <Button className="button button-secondary" onPress={() => setOpen(true)}>
        {t('erdfEntry.submit')}{' '}
        <span className="visually-hidden">{t('erdf.claimN', { n: claim.number })}</span>
      </Button>
      <FormDialog
        open={open}
        setOpen={setOpen}
        title={t('erdfEntry.submitTitle', { n: claim.number })}
        problems={problems}
        onSubmit={submit}
        busy={submitClaim.isPending}
        submitLabel={t('erdfEntry.submit')}
      >
        <p>{t('erdfEntry.submitIntro')}</p>
        <DateInput
          id={`submittedOn-${claim.number}`}
          legend={t('erdfEntry.submittedOn')}
          value={date}
          onChange={setDate}
          error={problemOf(problems, `submittedOn-${claim.number}`)}
        />
      </FormDialog>
    </>
  );
}

function MarkClaimPaid({ projectId, claim }: { projectId: string; claim: Schemas['ClaimView'] }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const due = claim.totals.erdfCents - (claim.paidCents ?? 0);
  const [amount, setAmount] = useState(euroInputValue(Math.max(due, 0), locale));
  const [date, setDate] = useState<DateParts>(fromIsoDate(todayIso()));
  const [problems, setProblems] = useState<Problem[]>([]);
  const field = `paidAmount-${claim.number}`;
  const dateField = `paidOn-${claim.number}`;
  const pay = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/erdf-projects/{id}/claims/{claimId}/paid', {
          params: { path: { id: projectId, claimId: claim.id } },
          body: { paidCents: parseEuroInput(amount, locale) as number, paidOn: toIsoDate(date) as string },
        }),
      ),
    onSuccess: async () => {
      setOpen(false);
      await invalidate(queryClient, projectId);
    },
    onError: (err) => setProblems([{ field, message: errorText(t, err) }]),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    const cents = parseEuroInput(amount, locale);
    if (cents === undefined || cents <= 0) found.push({ field, message: t('prog.amountInvalid') });
    const iso = toIsoDate(date);
    if (!iso) found.push({ field: dateField, message: t('call2.dateInvalid') });
    else if (iso > todayIso()) found.push({ field: dateField, message: t('erdfEntry.paidOnFuture') });
    setProblems(found);
    if (found.length === 0) pay.mutate();
  };
  return (
    <>
      <Button className="button button-secondary" onPress={() => setOpen(true)}>
        {t('erdfEntry.markPaid')}{' '}
        <span className="visually-hidden">{t('erdf.claimN', { n: claim.number })}</span>
      </Button>
      <FormDialog
        open={open}
        setOpen={setOpen}
        title={t('erdfEntry.paidTitle', { n: claim.number })}
        problems={problems}
        onSubmit={submit}
        busy={pay.isPending}
        submitLabel={t('erdfEntry.markPaid')}
      >
        <p>{t('erdfEntry.paidIntro', { due: formatEuro(due, locale) })}</p>
        <TextInput
          id={field}
          label={t('erdfEntry.paidAmount')}
          hint={t('prog.euroHint')}
          value={amount}
          onChange={setAmount}
          width="medium"
          inputMode="decimal"
          error={problemOf(problems, field)}
        />
        <DateInput
          id={dateField}
          legend={t('erdfEntry.paidOnLegend')}
          value={date}
          onChange={setDate}
          error={problemOf(problems, dateField)}
        />
      </FormDialog>
    </>
  );
}

/** The project's report (figures, claims, indicators) as the API gives it, saved as a JSON file. */
export function ReportDownload({ report }: { report: Schemas['ErdfReportView'] }) {
  const t = useT();
  const [state, setState] = useState<'busy' | 'done' | 'error'>();
  const download = async () => {
    setState('busy');
    const code = await downloadFile(
      `/api/erdf-projects/${report.projectId}/report`,
      `efro-${report.projectNumber}.json`,
    ).catch(() => 0);
    setState(code === 200 ? 'done' : 'error');
  };
  return (
    <>
      <Button
        className="button button-secondary"
        onPress={() => void download()}
        isDisabled={state === 'busy'}
      >
        {t('erdfEntry.reportJson')}
      </Button>
      <div aria-live="polite">
        {state === 'done' ? <p>{t('erdfEntry.reportDone')}</p> : null}
        {state === 'error' ? <p className="field-error">{t('erdfEntry.reportFailed')}</p> : null}
      </div>
    </>
  );
}
