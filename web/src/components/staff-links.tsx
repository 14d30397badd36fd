import { useT, type MessageId } from '../i18n/i18n';
import { Link, useLocation } from '../router';
import { useSession } from '../session-context';

type Role = 'applicant' | 'evaluator' | 'staff' | 'admin';

/**
 * The links of the staff and admin screens of portal part 2 (programmes and calls, payments, state aid,
 * ERDF, reports, audit, users, organisations), for the roles that may use them: admins do not move money
 * nor touch ERDF projects (test/security/route-matrix.ts), so they do not see those links.
 */
export const STAFF_LINKS: { href: string; label: MessageId; roles: Role[] }[] = [
  { href: '/beheer/screening', label: 'nav.screening', roles: ['staff', 'admin'] },
  { href: '/beheer/beoordeling', label: 'nav.review', roles: ['staff', 'admin'] },
  { href: '/beheer/programmas', label: 'staffnav.programmes', roles: ['staff', 'admin'] },
  { href: '/beheer/betalingen', label: 'staffnav.payments', roles: ['staff'] },
  { href: '/beheer/staatssteun', label: 'staffnav.stateAid', roles: ['staff'] },
  { href: '/beheer/efro', label: 'staffnav.erdf', roles: ['staff'] },
  { href: '/beheer/rapporten', label: 'staffnav.reports', roles: ['staff', 'admin'] },
  { href: '/beheer/audit', label: 'staffnav.audit', roles: ['staff', 'admin'] },
  { href: '/beheer/gebruikers', label: 'staffnav.users', roles: ['staff', 'admin'] },
  { href: '/beheer/organisaties', label: 'staffnav.organisations', roles: ['staff', 'admin'] },
];

/** A second navigation under the header, for staff and admins only (nothing for other users). */
export function StaffLinks() {
  const t = useT();
  const session = useSession();
  const { pathname } = useLocation();
  const role = session?.user.role;
  if (role !== 'staff' && role !== 'admin') return null;
  const links = STAFF_LINKS.filter((l) => l.roles.includes(role));
  return (
    <nav aria-label={t('staffnav.label')} className="staff-nav">
      <div className="container">
        <ul className="nav">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} aria-current={pathname.startsWith(l.href) ? 'page' : undefined}>
                {t(l.label)}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
