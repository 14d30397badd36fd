/**
 * The submission flow through the API, as `npm run bench` and `npm run bench:rss` run it (flow i):
 * applicant c of `flowParties(i)` creates the application with their own organisation as coordinator
 * and the organisations of two other applicants as partners (the API mails an invitation to each
 * partner's member); as c, the flow reads the invitations (`GET …/partner-invitations`); each partner's
 * member accepts hers (`POST /partner-invitations/:id/accept`, the two at once); c submits.
 */
import { performance } from 'node:perf_hooks';
import { expectStatus, http } from './lib/http.js';
import { flowParties, md5uuid, submissionBody } from './raw.js';

interface InvitationView {
  id: string;
  organisationId: string;
  status: string;
}

/**
 * Runs flow i against `api` (`…/api`) with the applicants' tokens (applicant n at index n − 1); throws on
 * any unexpected answer. Resolves with the applicant's wait in ms: the create and the submit, not the
 * accepts (other users' work in between).
 */
export async function submissionFlow(
  api: string,
  tokens: string[],
  callId: string,
  i: number,
): Promise<number> {
  const { coordinator, partners } = flowParties(i);
  const token = tokens[coordinator - 1];
  let t0 = performance.now();
  const created = expectStatus(
    await http('POST', `${api}/applications`, { token, body: submissionBody(callId, i) }),
    201,
    'create',
  ).json<{ id: string }>();
  let waited = performance.now() - t0;
  const invitations = expectStatus(
    await http('GET', `${api}/applications/${created.id}/partner-invitations`, { token }),
    200,
    'partner invitations',
  ).json<InvitationView[]>();
  await Promise.all(
    partners.map(async (n) => {
      const invitation = invitations.find((inv) => inv.organisationId === md5uuid(`org-${n}`));
      if (invitation?.status !== 'pending') {
        throw new Error(`no pending invitation for organisation ${n}: ${JSON.stringify(invitations)}`);
      }
      expectStatus(
        await http('POST', `${api}/partner-invitations/${invitation.id}/accept`, { token: tokens[n - 1] }),
        200,
        `accept by applicant ${n}`,
      );
    }),
  );
  t0 = performance.now();
  expectStatus(await http('POST', `${api}/applications/${created.id}/submit`, { token }), 200, 'submit');
  waited += performance.now() - t0;
  return waited;
}
