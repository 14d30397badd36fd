import type { ReactNode } from 'react';

/**
 * A step that failed, announced at once (role="alert"): a bold title, then the API's message,
 * e.g. "Opslaan mislukt. Het dossier werd intussen gewijzigd."
 */
export function FailureNotice({
  title,
  children,
  id,
}: {
  title: ReactNode;
  children?: ReactNode;
  id?: string;
}) {
  return (
    <div className="notice notice-error" role="alert" id={id}>
      <strong>{title}</strong> {children}
    </div>
  );
}
