import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { jsonObjectOf } from '../../kernel/db/json-rows.js';
import { Document, DOCUMENT_OWNER_TYPES, type DocumentOwnerType } from './document.entity.js';

/**
 * The current documents of a record (not the removed ones, oldest first, as `DocumentsService.list`)
 * as a JSON array of `jsonObjectOf(Document)`, for a read model that loads a record and its parts in
 * one statement; `ownerId` is an SQL expression. Read them back with `entityFromJson`.
 */
export function CURRENT_DOCUMENTS_JSON_SQL(
  manager: EntityManager,
  type: DocumentOwnerType,
  ownerId: string,
): string {
  if (!DOCUMENT_OWNER_TYPES.includes(type)) throw new Error(`Not a document owner type: ${type}`);
  const document = jsonObjectOf(manager.connection.getMetadata(Document), 'd');
  return `COALESCE((SELECT json_agg(${document} ORDER BY d.created_at, d.id) FROM document d
     WHERE d.owner_type = '${type}' AND d.owner_id = ${ownerId} AND d.removed_at IS NULL), '[]'::json)`;
}

/** The SQL of documents: the blob rows that keep each content once, and who still uses it. */
@Injectable()
export class DocumentsRepository {
  /**
   * Records the blob, or locks its row when it is already known: whoever stores or releases the
   * same content waits for this transaction, so a content is never removed while being attached.
   */
  async claimBlob(
    manager: EntityManager,
    blob: { sha256: string; sizeBytes: number; contentType: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO document_blob (sha256, size_bytes, content_type) VALUES ($1, $2, $3)
       ON CONFLICT (sha256) DO UPDATE SET sha256 = EXCLUDED.sha256`,
      [blob.sha256, blob.sizeBytes, blob.contentType],
    );
  }

  /**
   * Deletes the blob row when no document (removed or not) refers to it any more, under the row's
   * lock; true when it was deleted (the caller then removes the bytes).
   */
  async releaseBlob(manager: EntityManager, sha256: string): Promise<boolean> {
    await manager.query(`SELECT sha256 FROM document_blob WHERE sha256 = $1 FOR UPDATE`, [sha256]);
    // A CTE, so that the driver hands back the rows (a bare DELETE … RETURNING comes back as [rows, count]).
    const rows = (await manager.query(
      `WITH gone AS (
         DELETE FROM document_blob b WHERE b.sha256 = $1
            AND NOT EXISTS (SELECT 1 FROM document d WHERE d.sha256 = $1)
         RETURNING b.sha256)
       SELECT sha256 FROM gone`,
      [sha256],
    )) as unknown[];
    return rows.length > 0;
  }

  /** A document locked for update, or undefined. */
  async lock(manager: EntityManager, id: string): Promise<{ id: string } | undefined> {
    const rows = (await manager.query(`SELECT id FROM document WHERE id = $1 FOR UPDATE`, [id])) as {
      id: string;
    }[];
    return rows[0];
  }
}
