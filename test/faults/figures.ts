import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a fault test did and found; docs/RELIABILITY.md is filled from these. */
export interface FaultFigures {
  test: string;
  requests: number;
  faults: number;
  invariantsChecked: number;
  violations: number;
  durationMs: number;
  notes?: Record<string, unknown>;
}

/** Where the figures go: FAULTS_REPORT_DIR, or a folder in the temp directory. */
export const FAULTS_REPORT_DIR = process.env.FAULTS_REPORT_DIR ?? join(tmpdir(), 'subsidies-faults');

/** Writes `<dir>/<test>.json` and prints one parseable line: `fault figures: {json}`. */
export function reportFigures(figures: FaultFigures): void {
  mkdirSync(FAULTS_REPORT_DIR, { recursive: true });
  const json = JSON.stringify({ ...figures, at: new Date().toISOString() });
  writeFileSync(join(FAULTS_REPORT_DIR, `${figures.test}.json`), json + '\n');
  console.log(`fault figures: ${json}`);
}

/** Counts the invariants checked and the ones violated, and keeps the first violations to show. */
export class Invariants {
  checked = 0;
  readonly violations: string[] = [];

  check(ok: boolean, what: string): void {
    this.checked += 1;
    if (!ok) this.violations.push(what);
  }
}
