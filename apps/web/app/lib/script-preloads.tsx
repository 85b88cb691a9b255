import { UNSAFE_RemixContext, useMatches } from '@remix-run/react';
import { useContext, useState } from 'react';

// React 18 has no fetchPriority prop; the attribute goes through as written.
const lowPriority = { fetchpriority: 'low' };

/**
 * The page's script modules preloaded at low priority, ahead of Remix's own preloads of the same files (the browser
 * fetches each once, at the priority it first saw): the HTML is server-rendered and readable without them, so they
 * must not hold the first paint back from the stylesheet on a slow connection. Only the first page's set: later pages'
 * modules are fetched by the client router.
 */
export function LowPriorityScriptPreloads() {
  const { manifest } = useContext(UNSAFE_RemixContext)!;
  const matches = useMatches();
  const [modules] = useState(() => [
    ...new Set([
      manifest.entry.module,
      ...manifest.entry.imports,
      ...matches.flatMap(({ id }) => {
        const route = manifest.routes[id];
        return route ? [...(route.imports ?? []), route.module] : [];
      }),
    ]),
  ]);
  return modules.map((href) => <link key={href} rel="modulepreload" href={href} {...lowPriority} />);
}
