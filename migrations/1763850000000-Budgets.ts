import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Decisions, the budget ledger, payments and final reports (SPEC.md §4 "Decisions, budget and payments").
 *
 * - `call.committed_cents` / `call.paid_cents`: running totals of the call's ledger. Approvals raise
 *   `committed_cents` with one conditional UPDATE (`… WHERE committed_cents + $1 <= budget_cents`), and
 *   the CHECK `committed_cents <= budget_cents` is the database's own guarantee that a call is never
 *   overspent, whatever the concurrency.
 * - `budget_ledger_entry`: append-only; signed amounts (see src/budgets/ledger.ts): budget ±,
 *   commitment +, decommitment −, payment +, recovery −. A trigger on `call` writes the `budget`
 *   entries, so the budget in the ledger always equals `call.budget_cents`.
 * - `decision`: one per application; `funding_rate_pct` = granted ÷ eligible costs (two decimals, for
 *   display), `max_funding_rate_pct` = the consortium's highest rate. `paid_cents` is the net amount
 *   paid (payments − recoveries); the CHECK keeps it within the grant as it stands
 *   (`final_grant_cents` once the final report is accepted). `evaluation_*`: the evaluation result at
 *   the decision (score, rank, thresholds), as the letter states it; null without reviews.
 * - `payment`: money paid out, at most one advance and one balance per application.
 * - `final_report`: the actual costs per partner and category; accepting it settles the grant.
 *
 * `decision_letter.decision_id` and `de_minimis_aid.application_id` keep no foreign key for now: the
 * letters and de minimis tests write rows for decisions and applications they make up.
 */
export class Budgets1763850000000 implements MigrationInterface {
  name = 'Budgets1763850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE call
        ADD COLUMN committed_cents bigint NOT NULL DEFAULT 0,
        ADD COLUMN paid_cents bigint NOT NULL DEFAULT 0,
        ADD CONSTRAINT call_committed_within_budget CHECK (committed_cents >= 0 AND committed_cents <= budget_cents),
        ADD CONSTRAINT call_paid_within_committed CHECK (paid_cents >= 0 AND paid_cents <= committed_cents)`);

    await q.query(`
      CREATE TABLE budget_ledger_entry (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
        call_id uuid NOT NULL REFERENCES call(id),
        application_id uuid REFERENCES application(id),
        kind text NOT NULL CHECK (kind IN ('budget','commitment','decommitment','payment','recovery')),
        amount_cents bigint NOT NULL,
        reference text NOT NULL CHECK (reference <> ''),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES app_user(id),
        CONSTRAINT budget_ledger_entry_sign CHECK (
          kind = 'budget'
          OR (kind IN ('commitment','payment') AND amount_cents > 0)
          OR (kind IN ('decommitment','recovery') AND amount_cents < 0)),
        CONSTRAINT budget_ledger_entry_application CHECK ((kind = 'budget') = (application_id IS NULL))
      )`);
    await q.query(`CREATE INDEX budget_ledger_entry_call_idx ON budget_ledger_entry (call_id, kind)`);
    await q.query(
      `CREATE INDEX budget_ledger_entry_application_idx ON budget_ledger_entry (application_id, kind)`,
    );
    await q.query(`
      CREATE FUNCTION budget_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'budget_ledger_entry is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER budget_ledger_entry_no_change BEFORE UPDATE OR DELETE ON budget_ledger_entry
        FOR EACH ROW EXECUTE FUNCTION budget_ledger_append_only()`);
    await q.query(`
      CREATE TRIGGER budget_ledger_entry_no_truncate BEFORE TRUNCATE ON budget_ledger_entry
        FOR EACH STATEMENT EXECUTE FUNCTION budget_ledger_append_only()`);
    // The call's budget (and every later change to it) is a ledger entry, whoever writes the call.
    await q.query(`
      CREATE FUNCTION call_budget_to_ledger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO budget_ledger_entry (call_id, kind, amount_cents, reference)
            VALUES (NEW.id, 'budget', NEW.budget_cents, 'call budget');
        ELSIF NEW.budget_cents <> OLD.budget_cents THEN
          INSERT INTO budget_ledger_entry (call_id, kind, amount_cents, reference)
            VALUES (NEW.id, 'budget', NEW.budget_cents - OLD.budget_cents, 'call budget changed');
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER call_budget_to_ledger AFTER INSERT OR UPDATE OF budget_cents ON call
        FOR EACH ROW EXECUTE FUNCTION call_budget_to_ledger()`);
    await q.query(`
      INSERT INTO budget_ledger_entry (call_id, kind, amount_cents, reference)
        SELECT id, 'budget', budget_cents, 'call budget' FROM call ORDER BY created_at, id`);

    await q.query(`
      CREATE TABLE decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES application(id),
        call_id uuid NOT NULL REFERENCES call(id),
        outcome text NOT NULL CHECK (outcome IN ('approved','rejected')),
        granted_cents bigint,
        funding_rate_pct numeric(5,2) CHECK (funding_rate_pct > 0 AND funding_rate_pct <= 100),
        max_funding_rate_pct numeric(5,2) NOT NULL CHECK (max_funding_rate_pct > 0 AND max_funding_rate_pct <= 100),
        eligible_costs_cents bigint NOT NULL CHECK (eligible_costs_cents >= 0),
        requested_cents bigint NOT NULL CHECK (requested_cents >= 0),
        motivation text NOT NULL CHECK (length(btrim(motivation)) > 0),
        decided_on date NOT NULL,
        decided_by uuid NOT NULL REFERENCES app_user(id),
        evaluation_score numeric(5,2) CHECK (evaluation_score BETWEEN 0 AND 100),
        evaluation_rank integer CHECK (evaluation_rank >= 1),
        evaluation_thresholds_met boolean,
        final_grant_cents bigint,
        paid_cents bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT decision_application_id_key UNIQUE (application_id),
        CONSTRAINT decision_granted_when_approved CHECK (
          (outcome = 'approved' AND granted_cents > 0 AND funding_rate_pct IS NOT NULL AND eligible_costs_cents > 0)
          OR (outcome = 'rejected' AND granted_cents IS NULL AND funding_rate_pct IS NULL)),
        CONSTRAINT decision_final_grant_within_granted CHECK (
          final_grant_cents IS NULL OR (outcome = 'approved' AND final_grant_cents BETWEEN 0 AND granted_cents)),
        CONSTRAINT decision_evaluation_complete CHECK (
          (evaluation_score IS NULL) = (evaluation_thresholds_met IS NULL)
          AND (evaluation_rank IS NULL OR evaluation_score IS NOT NULL)),
        CONSTRAINT decision_paid_within_grant CHECK (
          paid_cents >= 0 AND paid_cents <= COALESCE(final_grant_cents, granted_cents, 0))
      )`);
    await q.query(`CREATE INDEX decision_call_idx ON decision (call_id, outcome)`);

    await q.query(`
      CREATE TABLE payment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES application(id),
        decision_id uuid NOT NULL REFERENCES decision(id),
        kind text NOT NULL CHECK (kind IN ('advance','balance')),
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        paid_on date NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT payment_one_per_kind UNIQUE (application_id, kind)
      )`);

    await q.query(`
      CREATE TABLE final_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES application(id),
        decision_id uuid NOT NULL REFERENCES decision(id),
        status text NOT NULL CHECK (status IN ('submitted','accepted')),
        summary text NOT NULL,
        costs jsonb NOT NULL,
        total_costs_cents bigint NOT NULL CHECK (total_costs_cents >= 0),
        eligible_costs_cents bigint NOT NULL CHECK (eligible_costs_cents >= 0 AND eligible_costs_cents <= total_costs_cents),
        submitted_by uuid NOT NULL REFERENCES app_user(id),
        submitted_at timestamptz NOT NULL,
        accepted_by uuid REFERENCES app_user(id),
        accepted_at timestamptz,
        final_grant_cents bigint CHECK (final_grant_cents >= 0),
        decommitted_cents bigint CHECK (decommitted_cents >= 0),
        recovered_cents bigint CHECK (recovered_cents >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT final_report_application_id_key UNIQUE (application_id),
        CONSTRAINT final_report_accepted_is_settled CHECK (
          (status = 'submitted' AND accepted_at IS NULL AND final_grant_cents IS NULL)
          OR (status = 'accepted' AND accepted_at IS NOT NULL AND accepted_by IS NOT NULL
              AND final_grant_cents IS NOT NULL AND decommitted_cents IS NOT NULL AND recovered_cents IS NOT NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE final_report`);
    await q.query(`DROP TABLE payment`);
    await q.query(`DROP TABLE decision`);
    await q.query(`DROP TRIGGER call_budget_to_ledger ON call`);
    await q.query(`DROP FUNCTION call_budget_to_ledger`);
    await q.query(`DROP TABLE budget_ledger_entry`);
    await q.query(`DROP FUNCTION budget_ledger_append_only`);
    await q.query(`
      ALTER TABLE call
        DROP CONSTRAINT call_paid_within_committed,
        DROP CONSTRAINT call_committed_within_budget,
        DROP COLUMN paid_cents,
        DROP COLUMN committed_cents`);
  }
}
