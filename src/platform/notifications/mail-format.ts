const BRUSSELS = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** A moment as Belgians read it in both languages: `03-12-2026 10:15` (Brussels time). */
export function formatMoment(at: Date): string {
  const p = Object.fromEntries(BRUSSELS.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.day}-${p.month}-${p.year} ${p.hour}:${p.minute}`;
}

/** A calendar date `YYYY-MM-DD` as `DD-MM-YYYY`. */
export function formatDay(day: string): string {
  const [y, m, d] = day.slice(0, 10).split('-');
  return `${d}-${m}-${y}`;
}
