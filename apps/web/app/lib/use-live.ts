import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useRevalidator } from '@remix-run/react';
import { useEffect, useRef } from 'react';

/**
 * Keeps a server-rendered page current: each event of the subscription (and each reconnect) reloads the route's
 * data in the background, so the page shows exactly what its loader would. `onEvent` may update local state first.
 */
export function useLiveRevalidation<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables | null,
  onEvent?: (data: TData) => void,
): void {
  const revalidator = useRevalidator();
  const latest = useRef({ revalidator, onEvent });
  latest.current = { revalidator, onEvent };
  const key = variables ? JSON.stringify(variables) : null;
  useEffect(() => {
    if (!key) return undefined;
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import('./live.client').then(({ subscribeLive }) => {
      if (cancelled) return;
      const revalidate = () => {
        if (latest.current.revalidator.state === 'idle') latest.current.revalidator.revalidate();
      };
      stop = subscribeLive(document, JSON.parse(key) as TVariables, (data) => {
        latest.current.onEvent?.(data);
        revalidate();
      }, revalidate);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [document, key]);
}
