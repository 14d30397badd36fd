/**
 * Money is integer euro cents everywhere. These helpers never go through floating point
 * for amounts that matter.
 */

export function assertCents(value: number, name = 'amount'): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a whole number of cents`);
  return value;
}

/** `pct` percent of `cents`, rounded down to the cent (a grant never exceeds its rate). */
export function percentOfCents(cents: number, pct: number): number {
  // Work in hundredths of a percent so rates like 12.5 stay exact.
  const basisPoints = Math.round(pct * 100);
  return Number((BigInt(cents) * BigInt(basisPoints)) / 10_000n);
}

/** Splits `total` over `weights` proportionally; the remainder cents go to the largest weights first. */
export function splitProportionally(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const shares = weights.map((w) => Number((BigInt(total) * BigInt(w)) / BigInt(sum)));
  let remainder = total - shares.reduce((a, b) => a + b, 0);
  const order = weights.map((w, i) => ({ w, i })).sort((a, b) => b.w - a.w || a.i - b.i);
  for (let k = 0; remainder > 0; k = (k + 1) % order.length, remainder--) shares[order[k].i] += 1;
  return shares;
}

/** Formats cents as Belgians write amounts: `€ 150.000,00`. */
export function formatEuro(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = (abs % 100).toString().padStart(2, '0');
  return `${negative ? '- ' : ''}€ ${euros},${rest}`;
}
