import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError } from '../../kernel/errors.js';
import type { DecidingBody, DecisionSignatory } from './decision.entity.js';

/**
 * Who signs a decision letter (issue #17, point 3): configuration, not code. The file
 * `templates/decision-letter/signatories.json` lists each signatory with a role (`chair`, `griffier`,
 * `delegate`), a name, a function per language and a validity period; the decision picks them by its
 * date: the deputation's chair and the provinciegriffier, or — under a delegation — the delegate named
 * for that delegation act. The demo file holds fictitious names only.
 */
export interface SignatoryEntry {
  role: 'chair' | 'griffier' | 'delegate';
  name: string;
  function: { nl: string; en: string };
  from: string;
  to: string | null;
  delegationReference?: string;
}

export function chooseSignatories(
  entries: readonly SignatoryEntry[],
  body: DecidingBody,
  decidedOn: string,
  delegationReference: string | null,
): DecisionSignatory[] {
  const valid = (e: SignatoryEntry) => e.from <= decidedOn && (e.to === null || decidedOn <= e.to);
  const pick = (role: SignatoryEntry['role'], match: (e: SignatoryEntry) => boolean = () => true) => {
    const found = entries.find((e) => e.role === role && valid(e) && match(e));
    if (!found) {
      throw new DomainError(
        'NO_SIGNATORY',
        `No ${role} is configured to sign on ${decidedOn}` +
          (role === 'delegate' ? ` under delegation ${delegationReference}` : ''),
        { role, decidedOn, delegationReference },
      );
    }
    return { name: found.name, function: { ...found.function } };
  };
  if (body === 'delegated_official') {
    return [pick('delegate', (e) => e.delegationReference === delegationReference)];
  }
  return [pick('chair'), pick('griffier')];
}

function defaultFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'templates', 'decision-letter', 'signatories.json');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return join(process.cwd(), 'templates', 'decision-letter', 'signatories.json');
}

/** Reads the signatories file, again whenever it changes (staff edit it without a release). */
export class SignatoryRegister {
  private cache: { mtimeMs: number; entries: SignatoryEntry[] } | undefined;

  constructor(private readonly file: string = defaultFile()) {}

  entries(): SignatoryEntry[] {
    const { mtimeMs } = statSync(this.file);
    if (this.cache?.mtimeMs === mtimeMs) return this.cache.entries;
    const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as { signatories?: SignatoryEntry[] };
    const entries = parsed.signatories ?? [];
    for (const e of entries) {
      if (
        !['chair', 'griffier', 'delegate'].includes(e.role) ||
        !e.name ||
        !e.function?.nl ||
        !e.function?.en
      ) {
        throw new Error(`${this.file}: every signatory needs a role, a name and a function in nl and en`);
      }
    }
    this.cache = { mtimeMs, entries };
    return entries;
  }
}
