import { useRouteLoaderData } from '@remix-run/react';
import type { loader as rootLoader } from '~/root';

/** The signed-in person, their unread notification count and the CSRF token, from the root loader (absent while the root itself failed). */
export function useRootData() {
  return useRouteLoaderData<typeof rootLoader>('root');
}

export function useViewer() {
  return useRootData()?.viewer ?? null;
}
