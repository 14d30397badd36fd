import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  formatEnterpriseNumber,
  formatIban,
  isValidBelgianIban,
  isValidEnterpriseNumber,
  normaliseIban,
} from '../../../src/kernel/identifiers';
import { api, ApiFailure, type Schemas, unwrap } from '../api/client';
import { useMyOrganisations } from '../api/queries';
import { ErrorSummary, type Problem, problemOf, SelectInput, TextInput } from '../components/forms';
import { ErrorMessage, Loading, Notice, PageTitle } from '../components/layout';
import { useLabel, useT } from '../i18n/i18n';
import { Link, navigate, useLocation } from '../router';

export function OrganisationsPage() {
  const t = useT();
  const label = useLabel();
  const orgs = useMyOrganisations();
  const { search } = useLocation();
  return (
    <>
      <PageTitle>{t('orgs.title')}</PageTitle>
      {search.get('verlaten') ? <Notice kind="success">{t('team.left')}</Notice> : null}
      <div className="actions">
        <Link className="button" href="/organisaties/nieuw">
          {t('orgs.new')}
        </Link>
        <Link className="button button-secondary" href="/organisaties/aansluiten">
          {t('join.title')}
        </Link>
      </div>
      {orgs.isPending ? <Loading /> : null}
      {orgs.error ? <ErrorMessage error={orgs.error} /> : null}
      {orgs.data && orgs.data.items.length === 0 ? <p>{t('orgs.none')}</p> : null}
      {orgs.data && orgs.data.items.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('orgs.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('orgs.name')}</th>
              <th scope="col">{t('orgs.kbo')}</th>
              <th scope="col">{t('orgs.kind')}</th>
              <th scope="col">{t('orgs.iban')}</th>
              <th scope="col">{t('team.status')}</th>
            </tr>
          </thead>
          <tbody>
            {orgs.data.items.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  <Link href={`/organisaties/${o.id}`}>{o.name}</Link>
                </th>
                <td>{formatEnterpriseNumber(o.enterpriseNumber)}</td>
                <td>
                  {label('kind', o.kind)}
                  {o.smeSize ? ` (${label('smeSize', o.smeSize)})` : ''}
                  {o.smeStatus !== 'not_sme' ? ` — ${label('smeStatus', o.smeStatus)}` : ''}
                </td>
                <td>{o.iban ? formatIban(o.iban) : '—'}</td>
                <td>{label('orgStatus', o.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

const KINDS = ['sme', 'large_enterprise', 'knowledge_institution', 'public_body', 'non_profit'] as const;
const SIZES = ['micro', 'small', 'medium'] as const;
type Kind = (typeof KINDS)[number];
type Size = (typeof SIZES)[number];

/** KBO and IBAN checked as they are typed, with the same rules as the API (src/kernel/identifiers.ts). */
export function NewOrganisationPage() {
  const t = useT();
  const label = useLabel();
  const queryClient = useQueryClient();
  const [f, setF] = useState({
    name: '',
    kbo: '',
    kind: undefined as Kind | undefined,
    size: undefined as Size | undefined,
    iban: '',
    street: '',
    postalCode: '',
    city: '',
  });
  const set = (k: keyof typeof f) => (v: string) => setF((prev) => ({ ...prev, [k]: v }));
  const [problems, setProblems] = useState<Problem[]>([]);

  const kboStatus =
    f.kbo.trim() === ''
      ? undefined
      : isValidEnterpriseNumber(f.kbo)
        ? `✓ ${t('orgs.kboValid', { number: formatEnterpriseNumber(f.kbo) })}`
        : `✗ ${t('orgs.kboInvalid')}`;
  const ibanStatus =
    f.iban.trim() === ''
      ? undefined
      : isValidBelgianIban(f.iban)
        ? `✓ ${t('orgs.ibanValid', { iban: formatIban(f.iban) })}`
        : `✗ ${t('orgs.ibanInvalid')}`;

  const create = useMutation({
    mutationFn: () => {
      const address =
        f.street || f.postalCode || f.city
          ? { street: f.street.trim(), postalCode: f.postalCode.trim(), city: f.city.trim(), country: 'BE' }
          : undefined;
      const body: Schemas['CreateOrganisationDto'] = {
        name: f.name.trim(),
        enterpriseNumber: f.kbo.trim(),
        kind: f.kind as Kind,
        smeSize: f.kind === 'sme' ? f.size : undefined,
        iban: f.iban.trim() ? normaliseIban(f.iban) : undefined,
        address,
      };
      return unwrap(api.POST('/api/organisations', { body }));
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['organisations'] });
      navigate('/organisaties');
    },
    onError: (err) => {
      if (err instanceof ApiFailure && err.error.code === 'ALREADY_EXISTS') {
        // the API sent a join request to the organisation's administrators when the user is no member
        const joined = Array.isArray(err.error.details)
          ? (err.error.details as { joinRequestId?: string }[]).some((d) => d.joinRequestId)
          : false;
        setProblems([{ field: 'kbo', message: joined ? t('join.sentOnRegister') : t('orgs.kboTaken') }]);
      } else {
        setProblems([{ field: 'name', message: `${t('common.error')} ${err.message}` }]);
      }
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (f.name.trim() === '') found.push({ field: 'name', message: t('orgs.nameMissing') });
    if (!isValidEnterpriseNumber(f.kbo)) found.push({ field: 'kbo', message: t('orgs.kboInvalid') });
    if (!f.kind) found.push({ field: 'kind', message: t('orgs.kindMissing') });
    if (f.kind === 'sme' && !f.size) found.push({ field: 'size', message: t('orgs.sizeMissing') });
    if (f.iban.trim() !== '' && !isValidBelgianIban(f.iban)) {
      found.push({ field: 'iban', message: t('orgs.ibanInvalid') });
    }
    const anyAddress = f.street || f.postalCode || f.city;
    if (anyAddress) {
      if (!f.street.trim()) found.push({ field: 'street', message: t('orgs.streetMissing') });
      if (!/^\d{4}$/.test(f.postalCode.trim())) {
        found.push({ field: 'postalCode', message: t('orgs.postalCodeInvalid') });
      }
      if (!f.city.trim()) found.push({ field: 'city', message: t('orgs.cityMissing') });
    }
    setProblems(found);
    if (found.length === 0) create.mutate();
  };

  return (
    <div className="narrow">
      <PageTitle>{t('orgs.new')}</PageTitle>
      <p>{t('orgs.newIntro')}</p>
      <ErrorSummary problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria">
        <TextInput
          id="name"
          label={t('orgs.name')}
          value={f.name}
          onChange={set('name')}
          autoComplete="organization"
          error={problemOf(problems, 'name')}
        />
        <TextInput
          id="kbo"
          label={t('orgs.kbo')}
          hint={t('orgs.kboHint')}
          value={f.kbo}
          onChange={set('kbo')}
          width="medium"
          inputMode="numeric"
          status={kboStatus}
          error={problemOf(problems, 'kbo')}
        />
        <SelectInput
          id="kind"
          label={t('orgs.kind')}
          value={f.kind}
          onChange={set('kind')}
          options={KINDS.map((k) => ({ id: k, label: label('kind', k) }))}
          error={problemOf(problems, 'kind')}
        />
        {f.kind === 'sme' ? (
          <SelectInput
            id="size"
            label={t('orgs.size')}
            hint={t('orgs.sizeHint')}
            value={f.size}
            onChange={set('size')}
            options={SIZES.map((k) => ({ id: k, label: label('smeSize', k) }))}
            error={problemOf(problems, 'size')}
          />
        ) : null}
        <TextInput
          id="iban"
          label={t('orgs.iban')}
          hint={t('orgs.ibanHint')}
          value={f.iban}
          onChange={set('iban')}
          width="medium"
          isRequired={false}
          status={ibanStatus}
          error={problemOf(problems, 'iban')}
        />
        <fieldset className="fieldset">
          <legend>
            {t('orgs.address')} <span className="optional">{t('form.optional')}</span>
          </legend>
          <TextInput
            id="street"
            label={t('orgs.street')}
            value={f.street}
            onChange={set('street')}
            autoComplete="street-address"
            error={problemOf(problems, 'street')}
          />
          <TextInput
            id="postalCode"
            label={t('orgs.postalCode')}
            value={f.postalCode}
            onChange={set('postalCode')}
            width="short"
            inputMode="numeric"
            autoComplete="postal-code"
            error={problemOf(problems, 'postalCode')}
          />
          <TextInput
            id="city"
            label={t('orgs.city')}
            value={f.city}
            onChange={set('city')}
            width="medium"
            autoComplete="address-level2"
            error={problemOf(problems, 'city')}
          />
        </fieldset>
        <Button type="submit" className="button" isDisabled={create.isPending}>
          {t('orgs.submit')}
        </Button>
      </Form>
    </div>
  );
}
