import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { LAYERS } from '../../eslint.config.js';

/**
 * The rings of src/ (docs/architecture.md) hold because `npm run lint` rejects an import that points
 * outward. These tests lint probe sources, as if they were files at the given paths, with the project's
 * real configuration (less the type-aware rules, which need files on disk), so they fail if the rule is
 * switched off or loses a folder. Nothing is written to src/.
 */
const ROOT = process.cwd();
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [
    { languageOptions: { parserOptions: { projectService: false, project: null } } },
    tseslint.configs.disableTypeChecked,
  ],
});

async function lintProbe(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, path) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

/** The folders below `dir` that hold TypeScript files of their own. */
function codeFoldersOf(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const own = entries.some((e) => e.isFile() && e.name.endsWith('.ts')) ? [dir] : [];
  return [...own, ...entries.filter((e) => e.isDirectory()).flatMap((e) => codeFoldersOf(join(dir, e.name)))];
}

describe('the rings of src/', () => {
  it('rejects an import from kernel/ into a domain', async () => {
    const messages = await lintProbe(
      'src/kernel/lint-probe.ts',
      "import { DecisionsService } from '../domains/decisions/decisions.service.js';\nexport const probe = DecisionsService;\n",
    );
    expect(messages).toEqual([expect.stringContaining('import-x/no-restricted-paths: Unexpected path')]);
    expect(messages[0]).toContain('src/kernel may import only from itself and the folders before it');
  });

  it('rejects an import from a domain into a later domain, and from platform/ into a domain', async () => {
    const fromDomain = await lintProbe(
      'src/domains/applications/lint-probe.ts',
      "import { PaymentsService } from '../payments/payments.service.js';\nexport const probe = PaymentsService;\n",
    );
    expect(fromDomain).toEqual([expect.stringContaining('import-x/no-restricted-paths')]);
    const fromPlatform = await lintProbe(
      'src/platform/audit/lint-probe.ts',
      "import { ErdfService } from '../../domains/erdf/erdf.service.js';\nexport const probe = ErdfService;\n",
    );
    expect(fromPlatform).toEqual([expect.stringContaining('import-x/no-restricted-paths')]);
  });

  it('accepts an import that points inward', async () => {
    const messages = await lintProbe(
      'src/domains/payments/lint-probe.ts',
      "import { DecisionsService } from '../decisions/decisions.service.js';\nexport const probe = DecisionsService;\n",
    );
    expect(messages).toEqual([]);
  });

  it('keeps SQL in repositories: a service that runs a query fails lint, a repository does not', async () => {
    const source =
      "import type { EntityManager } from 'typeorm';\n" +
      "export const probe = (m: EntityManager): Promise<unknown> => m.query('SELECT 1');\n";
    const inService = await lintProbe('src/domains/payments/lint-probe.service.ts', source);
    expect(inService).toEqual([expect.stringContaining('no-restricted-syntax: SQL belongs in')]);
    expect(await lintProbe('src/domains/payments/lint-probe.repository.ts', source)).toEqual([]);
  });

  it('orders every folder of src/, so no two folders can import each other', () => {
    const src = join(ROOT, 'src');
    const covered = (folder: string) =>
      folder === '' ||
      folder === 'seed' ||
      folder.startsWith('seed/') ||
      LAYERS.some((layer) => layer !== '' && (folder === layer || folder.startsWith(`${layer}/`)));
    const folders = codeFoldersOf(src).map((f) => relative(src, f));
    expect(folders.filter((f) => !covered(f))).toEqual([]);
    expect(folders).toContain('domains/decisions');
    expect(new Set(LAYERS).size).toBe(LAYERS.length);
  });
});
