import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RunningServer {
  url: string;
  pid: number;
  /** Highest resident set size of the process so far, in MB (VmHWM). */
  peakRssMb(): number;
  stop(): Promise<void>;
}

function vmHwmMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

/** Every child started here, so that none outlives the bench when it stops early. */
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => process.exit(130));
}

/**
 * Starts a Node entry point (the built API, a worker, or a baseline server) as its own process and
 * waits for it: until `healthPath` answers, or, for a process that serves no HTTP (`healthPath`
 * null), until it writes `readyLine` to its standard error.
 */
export async function startServer(
  entry: string,
  env: Record<string, string | undefined>,
  healthPath: string | null = '/health',
  readyLine = /worker running/,
): Promise<RunningServer> {
  const port = 40_000 + Math.floor(Math.random() * 10_000);
  const child: ChildProcess = spawn(process.execPath, [entry], {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', healthPath === null ? 'pipe' : 'inherit'],
  });
  let ready = healthPath !== null;
  child.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    if (readyLine.test(chunk.toString())) ready = true;
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const url = `http://127.0.0.1:${port}`;
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, vmHwmMb(child.pid ?? 0))), 250);
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    if (healthPath === null) {
      if (ready) break;
      await sleep(250);
      continue;
    }
    try {
      const res = await fetch(url + healthPath);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  return {
    url,
    pid: child.pid ?? 0,
    peakRssMb: () => Math.max(peak, vmHwmMb(child.pid ?? 0)),
    stop: async () => {
      clearInterval(sampler);
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
