import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Organisation, OrganisationLink } from './organisation.entity.js';

/** The SQL of organisations and their links. */
@Injectable()
export class OrganisationsRepository {
  /** A page of organisations by name, kept to `visible` (the access policy's condition), `q` in name or number. */
  list(
    manager: EntityManager,
    page: {
      visible?: { sql: string; params: Record<string, unknown> };
      q?: string;
      limit: number;
      offset: number;
    },
  ): Promise<[Organisation[], number]> {
    const qb = manager.getRepository(Organisation).createQueryBuilder('o');
    if (page.visible) qb.andWhere(page.visible.sql, page.visible.params);
    if (page.q) {
      qb.andWhere(`(o.name ILIKE :q OR o.enterprise_number LIKE :q)`, { q: `%${escapeLike(page.q)}%` });
    }
    return qb
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
  }

  /** Whether the two organisations are linked already, in either direction. */
  async linkExists(manager: EntityManager, a: string, b: string): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM organisation_link
        WHERE LEAST(organisation_id, linked_organisation_id) = LEAST($1::uuid, $2::uuid)
          AND GREATEST(organisation_id, linked_organisation_id) = GREATEST($1::uuid, $2::uuid)`,
      [a, b],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The links of an organisation, in either direction, oldest first. */
  linksOf(manager: EntityManager, id: string): Promise<OrganisationLink[]> {
    return manager
      .getRepository(OrganisationLink)
      .createQueryBuilder('l')
      .where('l.organisation_id = :id OR l.linked_organisation_id = :id', { id })
      .orderBy('l.created_at', 'ASC')
      .getMany();
  }

  /** The organisations with these ids (at least one), by name. */
  findByIdsByName(manager: EntityManager, ids: string[]): Promise<Organisation[]> {
    return manager
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .where('o.id IN (:...ids)', { ids })
      .orderBy('o.name', 'ASC')
      .getMany();
  }

  /** The organisation and every one connected to it through links, either way, transitively. */
  async singleUndertakingIds(manager: EntityManager, id: string): Promise<string[]> {
    const rows = (await manager.query(
      `WITH RECURSIVE su(id) AS (
         SELECT $1::uuid
         UNION
         SELECT CASE WHEN l.organisation_id = su.id THEN l.linked_organisation_id ELSE l.organisation_id END
           FROM organisation_link l JOIN su ON l.organisation_id = su.id OR l.linked_organisation_id = su.id
       )
       SELECT id FROM su`,
      [id],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
