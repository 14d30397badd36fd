import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit events are chained after their transaction commits instead of inside it.
 *
 * Until now every audited transaction took one global advisory lock, read the last hash and appended
 * its event, and held that lock through its own commit: every state or money change of the whole
 * system passed one at a time, WAL flush included. Now a transaction only inserts its event; a chainer
 * (one at a time, under the same advisory lock, in its own short transaction) links the committed
 * events in the order it finds them: `chain_seq` is the position in the chain, `prev_hash`/`hash` the
 * links. Events committed before this migration were chained in `seq` order, so they keep it.
 *
 * The table stays append-only: the one UPDATE the trigger allows fills the chain columns of an event
 * that has none yet, and changes nothing else.
 */
export class AuditChainAfterCommit1763895000000 implements MigrationInterface {
  name = 'AuditChainAfterCommit1763895000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change`);
    await q.query(`ALTER TABLE audit_event ADD COLUMN chain_seq bigint`);
    await q.query(`UPDATE audit_event SET chain_seq = seq`);
    await q.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change`);
    await q.query(`ALTER TABLE audit_event ADD CONSTRAINT audit_event_chain_seq_key UNIQUE (chain_seq)`);
    await q.query(`ALTER TABLE audit_event ALTER COLUMN prev_hash DROP NOT NULL`);
    await q.query(`ALTER TABLE audit_event ALTER COLUMN hash DROP NOT NULL`);
    await q.query(`
      ALTER TABLE audit_event ADD CONSTRAINT audit_event_chained_whole CHECK (
        (chain_seq IS NULL AND prev_hash IS NULL AND hash IS NULL)
        OR (chain_seq IS NOT NULL AND prev_hash IS NOT NULL AND hash IS NOT NULL))`);
    // The chainer's work list: small, because events wait there only until the next chaining pass.
    await q.query(`CREATE INDEX audit_event_unchained_idx ON audit_event (seq) WHERE chain_seq IS NULL`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL
             AND NEW.seq = OLD.seq AND NEW.id = OLD.id AND NEW.at = OLD.at
             AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
             AND NEW.actor_role IS NOT DISTINCT FROM OLD.actor_role
             AND NEW.action = OLD.action AND NEW.entity = OLD.entity AND NEW.entity_id = OLD.entity_id
             AND NEW.data = OLD.data THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`DROP INDEX audit_event_unchained_idx`);
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_chained_whole`);
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_chain_seq_key`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN chain_seq`);
    // Events recorded after the upgrade and never chained cannot go back to NOT NULL columns.
    await q.query(`ALTER TABLE audit_event ALTER COLUMN prev_hash SET NOT NULL`);
    await q.query(`ALTER TABLE audit_event ALTER COLUMN hash SET NOT NULL`);
  }
}
