import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';
import { DomainError } from '../../kernel/errors.js';
import { AuditChain } from './audit-chain.js';
import { AuditRepository } from './audit.repository.js';

/** One line of the anchor file: the chain head at a moment, signed. */
export interface AuditAnchor {
  chainSeq: number;
  hash: string;
  at: string;
  /** HMAC-SHA256 over `chainSeq\nhash\nat` with AUDIT_ANCHOR_KEY, hex. */
  sig: string;
}

/** Advisory lock of the anchor writer ('anch' in ASCII): one process writes at a time. */
const ANCHOR_LOCK = 0x616e6368;

/**
 * Anchors of the audit chain (issue #20, item 6). The hash chain proves that no event in the middle
 * was changed, but whoever can write the database can append a forged event (the app chains it) or
 * delete the newest events and nobody notices. So the chain head (its `chain_seq` and hash) is signed
 * with AUDIT_ANCHOR_KEY, which the database never sees, and appended to a file outside the database
 * (AUDIT_ANCHOR_FILE, default `DATA_DIR/audit-anchors.jsonl`; make it append-only, e.g. `chattr +a`,
 * or ship it to a log store). `/api/audit/verify` checks the chain against every anchor: an anchored
 * event that is gone (truncation) or whose hash changed (a re-hashed tail) breaks the verdict.
 *
 * Anchors are written every AUDIT_ANCHOR_INTERVAL by whichever process takes the advisory lock first
 * (the last anchor's time decides whether one is due, so several processes sharing the file write
 * one anchor per interval), and on demand (`POST /api/audit/anchors`).
 */
@Injectable()
export class AuditAnchors implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditAnchors.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly chain: AuditChain,
    private readonly repository: AuditRepository,
  ) {}

  get enabled(): boolean {
    return this.config.auditAnchorKey !== undefined;
  }

  onApplicationBootstrap(): void {
    const everyMs = this.config.auditAnchorIntervalSeconds * 1000;
    if (!this.enabled && this.config.nodeEnv === 'production') {
      this.logger.warn('AUDIT_ANCHOR_KEY is not set: the audit chain is not anchored outside the database');
    }
    if (!this.enabled || everyMs === 0) return;
    // Look four times per interval; an anchor is written only when the last one is an interval old.
    this.timer = setInterval(() => void this.anchorIfDue(), Math.max(1000, everyMs / 4));
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Anchors the chain head now; undefined when the chain is empty or another process is anchoring. */
  async anchorNow(): Promise<AuditAnchor | undefined> {
    if (!this.enabled) {
      throw new DomainError(
        'SERVICE_UNAVAILABLE',
        'Audit anchors need AUDIT_ANCHOR_KEY in the configuration',
      );
    }
    return this.write(false);
  }

  async anchorIfDue(): Promise<void> {
    try {
      await this.write(true);
    } catch (err) {
      this.logger.warn(`Audit anchor not written: ${(err as Error).message}`);
    }
  }

  private async write(onlyIfDue: boolean): Promise<AuditAnchor | undefined> {
    await this.chain.chainPending(true);
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.tryLockChain(manager, ANCHOR_LOCK))) return undefined;
      const head = await this.repository.chainHead(manager);
      if (!head) return undefined;
      const last = (await this.read()).at(-1);
      if (onlyIfDue && last) {
        const age = Date.now() - Date.parse(last.at);
        const unchanged = last.chainSeq === Number(head.chainSeq) && last.hash === head.hash;
        if (unchanged || age < this.config.auditAnchorIntervalSeconds * 1000) return undefined;
      }
      const anchor = this.sign(Number(head.chainSeq), head.hash, new Date().toISOString());
      await mkdir(dirname(this.config.auditAnchorFile), { recursive: true });
      await appendFile(this.config.auditAnchorFile, JSON.stringify(anchor) + '\n', {
        flag: 'a',
        mode: 0o600,
      });
      return anchor;
    });
  }

  private sign(chainSeq: number, hash: string, at: string): AuditAnchor {
    const sig = createHmac('sha256', this.config.auditAnchorKey as string)
      .update(`${chainSeq}\n${hash}\n${at}`)
      .digest('hex');
    return { chainSeq, hash, at, sig };
  }

  /** True when the anchor was signed with the configured key. */
  isAuthentic(anchor: AuditAnchor): boolean {
    if (!this.enabled || typeof anchor.sig !== 'string') return false;
    const expected = Buffer.from(this.sign(anchor.chainSeq, anchor.hash, anchor.at).sig, 'hex');
    const given = Buffer.from(anchor.sig, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Every anchor in the file, oldest first (none when there is no file yet). Throws on an unreadable line. */
  async read(): Promise<AuditAnchor[]> {
    let text: string;
    try {
      text = await readFile(this.config.auditAnchorFile, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, i) => {
        try {
          const a = JSON.parse(line) as AuditAnchor;
          if (!Number.isInteger(a.chainSeq) || typeof a.hash !== 'string' || typeof a.at !== 'string') {
            throw new Error('fields');
          }
          return a;
        } catch {
          throw new AnchorFileError(`line ${i + 1} of the anchor file is not an anchor`);
        }
      });
  }
}

export class AnchorFileError extends Error {}
