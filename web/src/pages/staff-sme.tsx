import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { api, type Schemas, unwrap } from '../api/client';
import { FormDialog } from '../components/form-dialog';
import {
  DateInput,
  type DateParts,
  fromIsoDate,
  type Problem,
  problemOf,
  SelectInput,
  TextInput,
  toIsoDate,
} from '../components/forms';
import { formatDate } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';

const SIZES = ['micro', 'small', 'medium'] as const;

/** Today in this browser as `YYYY-MM-DD`. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The SME status of an organisation (declared, confirmed by staff, not an SME), and for a declared SME the
 * button that opens the confirmation: the size staff found, the day and the evidence they saw.
 */
export function SmeStatus({
  organisation,
  onConfirmed,
}: {
  organisation: Schemas['OrganisationView'];
  onConfirmed: (message: string) => void;
}) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const o = organisation;
  const size = o.smeSize ? label('smeSize', o.smeSize) : '';
  return (
    <>
      <span className={`tag tag-sme-${o.smeStatus}`}>{label('smeStatus', o.smeStatus)}</span>
      {o.smeStatus !== 'not_sme' && size ? <div className="caption">{size}</div> : null}
      {o.smeConfirmation ? (
        <div className="caption">
          {t('sme.confirmedOn', { date: formatDate(o.smeConfirmation.confirmedOn, locale) })}
        </div>
      ) : null}
      {o.smeStatus === 'declared' ? <ConfirmSme organisation={o} onConfirmed={onConfirmed} /> : null}
    </>
  );
}

function ConfirmSme({
  organisation,
  onConfirmed,
}: {
  organisation: Schemas['OrganisationView'];
  onConfirmed: (message: string) => void;
}) {
  const t = useT();
  const label = useLabel();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [size, setSize] = useState<string | undefined>(organisation.smeSize ?? undefined);
  const [date, setDate] = useState<DateParts>(fromIsoDate(todayIso()));
  const [evidence, setEvidence] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const confirm = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/organisations/{id}/sme-confirmation', {
          params: { path: { id: organisation.id } },
          body: {
            smeSize: size as (typeof SIZES)[number],
            confirmedOn: toIsoDate(date) as string,
            evidence: evidence.trim(),
          },
        }),
      ),
    onSuccess: async (o) => {
      await queryClient.invalidateQueries({ queryKey: ['organisations'] });
      setOpen(false);
      onConfirmed(t('sme.confirmed', { name: o.name, size: o.smeSize ? label('smeSize', o.smeSize) : '' }));
    },
    onError: (err) => setProblems([{ field: 'smeSize', message: `${t('common.error')} ${err.message}` }]),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (!size) found.push({ field: 'smeSize', message: t('sme.sizeMissing') });
    const iso = toIsoDate(date);
    if (!iso) found.push({ field: 'confirmedOn', message: t('call2.dateInvalid') });
    else if (iso > todayIso()) found.push({ field: 'confirmedOn', message: t('sme.dateFuture') });
    if (evidence.trim() === '') found.push({ field: 'smeEvidence', message: t('sme.evidenceMissing') });
    setProblems(found);
    if (found.length === 0) confirm.mutate();
  };
  return (
    <>
      <Button
        className="button button-secondary"
        onPress={() => setOpen(true)}
        aria-label={t('sme.confirmFor', { name: organisation.name })}
      >
        {t('sme.confirm')}
      </Button>
      <FormDialog
        open={open}
        setOpen={setOpen}
        title={t('sme.title', { name: organisation.name })}
        intro={<p>{t('sme.intro')}</p>}
        problems={problems}
        onSubmit={submit}
        busy={confirm.isPending}
        submitLabel={t('sme.save')}
      >
        <SelectInput
          id="smeSize"
          label={t('sme.size')}
          hint={t('sme.sizeHint')}
          value={size}
          onChange={setSize}
          options={SIZES.map((s) => ({ id: s, label: label('smeSize', s) }))}
          error={problemOf(problems, 'smeSize')}
        />
        <DateInput
          id="confirmedOn"
          legend={t('sme.confirmedOnLegend')}
          value={date}
          onChange={setDate}
          error={problemOf(problems, 'confirmedOn')}
        />
        <TextInput
          id="smeEvidence"
          label={t('sme.evidence')}
          hint={t('sme.evidenceHint')}
          value={evidence}
          onChange={setEvidence}
          multiline
          error={problemOf(problems, 'smeEvidence')}
        />
      </FormDialog>
    </>
  );
}
