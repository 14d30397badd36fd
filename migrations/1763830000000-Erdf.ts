import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ERDF (EFRO) projects: partners and budgets, the financing plan, expenses with their corrections,
 * payment claims, indicators and activities. The database enforces the invariants too: the financing
 * shares (ERDF ≤ 40, own ≥ 15, sum 100), expenses only for partners of the project, and an expense
 * in at most one claim (UNIQUE on erdf_claim_line.expense_id).
 */
export class Erdf1763830000000 implements MigrationInterface {
  name = 'Erdf1763830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE erdf_project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_number text NOT NULL,
        title text NOT NULL,
        start_date date NOT NULL,
        end_date date NOT NULL,
        coordinator_organisation_id uuid NOT NULL REFERENCES organisation(id),
        erdf_rate_pct numeric(5,2) NOT NULL,
        province_rate_pct numeric(5,2) NOT NULL,
        own_contribution_rate_pct numeric(5,2) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT erdf_project_number_key UNIQUE (project_number),
        CONSTRAINT erdf_project_period CHECK (end_date >= start_date),
        CONSTRAINT erdf_project_erdf_rate CHECK (erdf_rate_pct >= 0 AND erdf_rate_pct <= 40),
        CONSTRAINT erdf_project_province_rate CHECK (province_rate_pct >= 0 AND province_rate_pct <= 100),
        CONSTRAINT erdf_project_own_rate CHECK (own_contribution_rate_pct >= 15 AND own_contribution_rate_pct <= 100),
        CONSTRAINT erdf_project_rates_sum CHECK (erdf_rate_pct + province_rate_pct + own_contribution_rate_pct = 100)
      )`);
    await q.query(`
      CREATE TABLE erdf_partner (
        project_id uuid NOT NULL REFERENCES erdf_project(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        budget_cents bigint NOT NULL CHECK (budget_cents >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX erdf_partner_organisation_idx ON erdf_partner (organisation_id)`);
    await q.query(`
      CREATE TABLE erdf_expense (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL,
        partner_organisation_id uuid NOT NULL,
        category text NOT NULL
          CHECK (category IN ('staff','external_expertise','equipment','infrastructure','travel','other')),
        amount_cents bigint NOT NULL CHECK (amount_cents <> 0),
        incurred_on date NOT NULL CHECK (incurred_on BETWEEN DATE '2014-01-01' AND DATE '2023-12-31'),
        paid_on date NOT NULL CHECK (paid_on BETWEEN DATE '2014-01-01' AND DATE '2023-12-31'),
        description text NOT NULL,
        invoice_ref text NOT NULL,
        corrects_expense_id uuid REFERENCES erdf_expense(id),
        withdrawn_at timestamptz,
        withdrawn_reason text,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (project_id, partner_organisation_id) REFERENCES erdf_partner(project_id, organisation_id),
        CONSTRAINT erdf_expense_negative_only_as_correction CHECK (amount_cents > 0 OR corrects_expense_id IS NOT NULL),
        CONSTRAINT erdf_expense_withdrawal_reason CHECK ((withdrawn_at IS NULL) = (withdrawn_reason IS NULL))
      )`);
    await q.query(
      `CREATE INDEX erdf_expense_project_idx ON erdf_expense (project_id, partner_organisation_id, paid_on)`,
    );
    await q.query(`CREATE INDEX erdf_expense_corrects_idx ON erdf_expense (corrects_expense_id)`);
    await q.query(`
      CREATE TABLE erdf_claim (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES erdf_project(id),
        number integer NOT NULL CHECK (number > 0),
        period_from date NOT NULL,
        period_to date NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','submitted','paid')),
        erdf_rate_pct numeric(5,2) NOT NULL,
        expenses_cents bigint NOT NULL,
        staff_cents bigint NOT NULL,
        flat_rate_cents bigint NOT NULL,
        eligible_cents bigint NOT NULL,
        erdf_cents bigint NOT NULL,
        created_on date NOT NULL,
        submitted_on date,
        due_by date,
        paid_on date,
        paid_cents bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT erdf_claim_number_key UNIQUE (project_id, number),
        CONSTRAINT erdf_claim_period CHECK (period_to >= period_from),
        CONSTRAINT erdf_claim_eligible_sum CHECK (eligible_cents = expenses_cents + flat_rate_cents),
        CONSTRAINT erdf_claim_submitted CHECK ((status = 'draft') = (submitted_on IS NULL) AND (submitted_on IS NULL) = (due_by IS NULL)),
        CONSTRAINT erdf_claim_paid CHECK ((status = 'paid') = (paid_on IS NOT NULL) AND (paid_on IS NULL) = (paid_cents IS NULL)),
        CONSTRAINT erdf_claim_paid_after_submission CHECK (paid_on IS NULL OR paid_on >= submitted_on)
      )`);
    await q.query(`
      CREATE TABLE erdf_claim_partner (
        claim_id uuid NOT NULL REFERENCES erdf_claim(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        expenses_cents bigint NOT NULL,
        staff_cents bigint NOT NULL,
        flat_rate_cents bigint NOT NULL,
        eligible_cents bigint NOT NULL,
        erdf_cents bigint NOT NULL,
        PRIMARY KEY (claim_id, organisation_id),
        CONSTRAINT erdf_claim_partner_eligible_sum CHECK (eligible_cents = expenses_cents + flat_rate_cents)
      )`);
    await q.query(`
      CREATE TABLE erdf_claim_line (
        claim_id uuid NOT NULL REFERENCES erdf_claim(id),
        expense_id uuid NOT NULL REFERENCES erdf_expense(id),
        amount_cents bigint NOT NULL,
        CONSTRAINT erdf_claim_line_expense_key UNIQUE (expense_id),
        PRIMARY KEY (claim_id, expense_id)
      )`);
    await q.query(`
      CREATE TABLE erdf_indicator (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES erdf_project(id),
        code text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('output','result','impact')),
        unit text NOT NULL,
        target numeric(14,2) NOT NULL CHECK (target >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT erdf_indicator_code_key UNIQUE (project_id, code)
      )`);
    await q.query(`
      CREATE TABLE erdf_indicator_value (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator_id uuid NOT NULL REFERENCES erdf_indicator(id),
        "on" date NOT NULL,
        value numeric(14,2) NOT NULL,
        note text,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX erdf_indicator_value_idx ON erdf_indicator_value (indicator_id, "on")`);
    await q.query(`
      CREATE TABLE erdf_activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES erdf_project(id),
        kind text NOT NULL CHECK (kind IN ('training','matchmaking','conference','acquisition')),
        title text NOT NULL,
        start_date date NOT NULL,
        end_date date,
        place text NOT NULL,
        participants integer CHECK (participants >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT erdf_activity_dates CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX erdf_activity_project_idx ON erdf_activity (project_id, start_date)`);
    await q.query(`
      CREATE TABLE erdf_activity_indicator (
        activity_id uuid NOT NULL REFERENCES erdf_activity(id),
        indicator_id uuid NOT NULL REFERENCES erdf_indicator(id),
        PRIMARY KEY (activity_id, indicator_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE erdf_activity_indicator`);
    await q.query(`DROP TABLE erdf_activity`);
    await q.query(`DROP TABLE erdf_indicator_value`);
    await q.query(`DROP TABLE erdf_indicator`);
    await q.query(`DROP TABLE erdf_claim_line`);
    await q.query(`DROP TABLE erdf_claim_partner`);
    await q.query(`DROP TABLE erdf_claim`);
    await q.query(`DROP TABLE erdf_expense`);
    await q.query(`DROP TABLE erdf_partner`);
    await q.query(`DROP TABLE erdf_project`);
  }
}
