import type { ReactNode } from 'react';

/**
 * One term and its value in a `<dl className="facts">` summary (amounts, dates, rates): the
 * `<div><dt/><dd/></div>` group the pages repeat for every figure.
 */
export function Fact({
  term,
  children,
  className,
}: {
  term: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className={className}>{children}</dd>
    </div>
  );
}
