import { createContext, useContext } from 'react';

/** The response's CSP nonce while it is rendered on the server; empty in the browser, which hides nonces anyway. */
export const NonceContext = createContext('');

export function useNonce(): string {
  return useContext(NonceContext);
}
