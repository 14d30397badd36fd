import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';

/** Where a letter download stands: 'pending' (the API answered 202), 'error', 'done'; nothing before. */
export type LetterState = 'pending' | 'error' | 'done' | undefined;

/**
 * The live region under a letter's download button: "being made", "could not be downloaded" or
 * "downloaded" (`done` replaces that last line, e.g. to add the version and its fingerprint).
 */
export function LetterDownloadStatus({ state, done }: { state: LetterState; done?: ReactNode }) {
  const t = useT();
  return (
    <div aria-live="polite">
      {state === 'pending' ? <p>{t('decision.letterPending')}</p> : null}
      {state === 'error' ? <p className="field-error">{t('decision.letterError')}</p> : null}
      {state === 'done' ? (done ?? <p>{t('decision.letterDone')}</p>) : null}
    </div>
  );
}

/** The state for an HTTP status from `downloadFile` (components/download.ts): 200 saved, 202 pending. */
export function letterStateOf(status: number | undefined): LetterState {
  if (status === undefined) return undefined;
  if (status === 200) return 'done';
  if (status === 202) return 'pending';
  return 'error';
}
