import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useRevalidator } from '@remix-run/react';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Hands each event of a subscription to `onEvent`, which applies its payload to what the page shows: an event never
 * re-runs a loader. After a reconnect (events are not replayed) the page's data is reloaded once, whatever the number
 * of subscriptions on the page. `variables` null subscribes to nothing.
 */
export function useLiveEvents<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables | null,
  onEvent: (data: TData) => void,
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
      stop = subscribeLive(document, JSON.parse(key) as TVariables, (data) => latest.current.onEvent(data), () => latest.current.revalidator.revalidate());
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [document, key]);
}

/**
 * What the page shows: its loader's data with the live events applied over it. It starts again from the loader's data
 * whenever that changes (a navigation, a form's answer, the reload after a reconnect).
 */
export function useLiveState<T>(loaded: T): [T, (change: (current: T) => T) => void] {
  const [state, setState] = useState({ loaded, current: loaded });
  let current = state.current;
  if (state.loaded !== loaded) {
    current = loaded;
    setState({ loaded, current });
  }
  const apply = useCallback((change: (current: T) => T) => setState((previous) => ({ loaded: previous.loaded, current: change(previous.current) })), []);
  return [current, apply];
}
