import { useLabel } from '../i18n/i18n';

/** An application's status as a word (its colour only repeats what the word says). */
export function StatusTag({ status }: { status: string }) {
  const label = useLabel();
  return <span className={`tag tag-${status}`}>{label('status', status)}</span>;
}
