import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { formatEnterpriseNumber } from '../../../src/kernel/identifiers';
import { api, type Schemas, unwrap } from '../api/client';
import { type RegisterStatus, useDeMinimis, useEaidRegister, useOrganisation } from '../api/staff-queries';
import { ProgressBar } from '../components/charts';
import { downloadFile } from '../components/download';
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
import { formatDate, formatEuro } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { Link } from '../router';

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
      <ModalOverlay className="modal-overlay" isOpen={open} onOpenChange={setOpen} isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            <Heading slot="title">{t('aid.recordTitle', { name: entry.organisationName })}</Heading>
            <ErrorSummary problems={problems} />
            <Form onSubmit={submit} validationBehavior="aria">
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
              <div className="actions">
                <Button type="submit" className="button" isDisabled={record.isPending}>
                  {t('aid.save')}
                </Button>
                <Button className="button button-secondary" slot="close">
                  {t('submit.cancel')}
                </Button>
              </div>
            </Form>
          </Dialog>
        </Modal>
      </ModalOverlay>
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
            <div>
              <dt>{t('dm.regulation')}</dt>
              <dd>{u.regulation}</dd>
            </div>
            <div>
              <dt>{t('dm.window')}</dt>
              <dd>
                {t('call.windowValue', {
                  from: formatDate(u.windowStart, locale),
                  to: formatDate(u.windowEnd, locale),
                })}
              </dd>
            </div>
            <div>
              <dt>{t('dm.ceiling')}</dt>
              <dd>{formatEuro(u.ceilingCents, locale)}</dd>
            </div>
            <div>
              <dt>{t('dm.used')}</dt>
              <dd>{formatEuro(u.usedCents, locale)}</dd>
            </div>
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
      <p>
        <Link href={`/beheer/audit?entiteit=organisation&id=${id}`}>{t('dm.auditLink')}</Link>
      </p>
    </>
  );
}
