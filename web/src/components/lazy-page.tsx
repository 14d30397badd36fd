import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { Loading } from './layout';

/**
 * A page loaded on demand (issue #22): `name` is the component exported by the module `load` imports.
 * The evaluators', staff's and admins' pages use it, so applicants never download them and their first
 * load stays as small as before.
 */
export function lazyPage<P extends object>(
  load: () => Promise<Record<string, unknown>>,
  name: string,
): (props: P) => ReactNode {
  const Lazy = lazy(async () => ({ default: (await load())[name] as ComponentType<P> }));
  return function LazyPage(props: P) {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
