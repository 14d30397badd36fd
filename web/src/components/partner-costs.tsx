import type { ReactNode } from 'react';
import { formatEuro } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';

/** A partner with its cost lines, as the application and its submitted snapshot carry them. */
type PartnerWithCosts = {
  organisationId: string;
  name: string;
  role: string;
  costs: { category: string; description: string; amountCents: number }[];
};

/**
 * The costs per partner: one row group a partner (its name and `note` under it, e.g. role and kind),
 * one row a cost line; a partner without costs keeps one row with a dash.
 */
export function PartnerCostsTable<P extends PartnerWithCosts>({
  partners,
  note,
}: {
  partners: P[];
  note: (partner: P) => ReactNode;
}) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  return (
    <table className="table">
      <caption>{t('detail.costs')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('detail.organisation')}</th>
          <th scope="col">{t('form.category')}</th>
          <th scope="col">{t('form.costDescription')}</th>
          <th scope="col" className="num">
            {t('form.amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {partners.flatMap((p) =>
          (p.costs.length > 0 ? p.costs : [undefined]).map((c, i) => (
            <tr key={`${p.organisationId}-${i}`}>
              {i === 0 ? (
                <th scope="rowgroup" rowSpan={Math.max(p.costs.length, 1)}>
                  {p.name}
                  <div className="caption">{note(p)}</div>
                </th>
              ) : null}
              <td>{c ? label('category', c.category) : '—'}</td>
              <td>{c?.description ?? ''}</td>
              <td className="num">{c ? formatEuro(c.amountCents, locale) : ''}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
