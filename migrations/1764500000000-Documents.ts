import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents (issue #19): files attached to applications, final reports, ERDF expenses and claims.
 * `document_blob` is the content, once per SHA-256 (the bytes live in DATA_DIR/documents or an S3
 * bucket under that hash); `document` is one attachment of it to one record, with its own name, kind
 * and scan status. Several attachments may share a blob; removing one never removes a blob another
 * still uses. A document of a submitted application is never deleted: a removal after a return only
 * sets `removed_at`, so that the snapshot that lists it can still be downloaded.
 */
export class Documents1764500000000 implements MigrationInterface {
  name = 'Documents1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_blob (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
        content_type text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_type text NOT NULL CHECK (owner_type IN ('application','final_report','erdf_expense','claim')),
        owner_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_]{0,59}$'),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        organisation_id uuid REFERENCES organisation(id),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
        content_type text NOT NULL,
        scan_status text NOT NULL CHECK (scan_status IN ('pending','clean','unscanned')),
        scanned_at timestamptz,
        uploaded_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz,
        removed_by uuid REFERENCES app_user(id),
        CONSTRAINT document_removed_whole CHECK ((removed_at IS NULL) = (removed_by IS NULL))
      )`);
    await q.query(`CREATE INDEX document_owner_idx ON document (owner_type, owner_id, created_at)`);
    await q.query(`CREATE INDEX document_sha256_idx ON document (sha256)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document`);
    await q.query(`DROP TABLE document_blob`);
  }
}
