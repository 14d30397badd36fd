import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Creates a new PGlite data directory in a short-lived child process (issue #23).
 *
 * PGlite's `initdb` grows its WebAssembly memory to about 800 MB and WebAssembly memory never shrinks,
 * so a process that created its own data directory kept that footprint for its whole life (a first
 * `npm start` sat at 900 MB; a later start of the same directory needs about 420 MB). The child does
 * only the `initdb` and exits, handing its memory back; the server then opens the ready directory
 * like on any later start and runs the migrations itself (they add little).
 */
export async function initialisePgliteDataDir(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  const pglite = import.meta.resolve('@electric-sql/pglite');
  const script =
    'const { PGlite } = await import(process.argv[1]);' +
    'const db = await PGlite.create(process.argv[2]);' +
    'await db.close();';
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, pglite, dataDir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`PGlite initdb in ${dataDir} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}
