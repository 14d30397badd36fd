#!/usr/bin/env node
/**
 * Build once, not on every start (issue #23). `npm run build` ends with `build-once.mjs --stamp`, which
 * writes a fingerprint of the build's inputs to dist/.build-stamp; `npm start` (and the other scripts
 * that need dist/) run `build-once.mjs`, which builds only when the fingerprint differs: a fresh clone,
 * a pull, an edited source. An unchanged checkout starts at once.
 *
 * The fingerprint hashes the contents (not the times: a checkout or a copy changes mtimes) of every
 * file the two builds read: src/, migrations/, web/ and the configuration files. About 700 files, a
 * few megabytes: some 50 ms.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampFile = join(root, 'dist', '.build-stamp');
const INPUT_DIRS = ['src', 'migrations', 'web'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
const SKIP = new Set(['node_modules', 'dist']);

function* filesUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

function fingerprint() {
  const files = [
    ...INPUT_DIRS.flatMap((d) => [...filesUnder(join(root, d))]),
    ...INPUT_FILES.map((f) => join(root, f)).filter((f) => existsSync(f)),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

if (process.argv.includes('--stamp')) {
  writeFileSync(stampFile, `${fingerprint()}\n`);
} else {
  const current = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
  if (current !== fingerprint()) {
    console.warn('build-once: sources changed since the last build (or no build yet): npm run build');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const { status } = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
    process.exit(status ?? 1);
  }
}
