/**
 * Hands live messages to their sockets a slice at a time, one slice per turn of the event loop. The subscribers of an
 * event wait on the same load, so when it settles all their sends would otherwise run back to back in one burst of
 * microtasks, and every HTTP request that arrived meanwhile (another person's vote) would wait for the last of them.
 */
export function createDeliveryTurns(sliceSize: number): () => Promise<void> {
  let waiting: (() => void)[] = [];
  let next = 0;
  let scheduled = false;
  const release = () => {
    const end = Math.min(next + sliceSize, waiting.length);
    for (; next < end; next += 1) waiting[next]();
    if (next < waiting.length) {
      setImmediate(release);
    } else {
      waiting = [];
      next = 0;
      scheduled = false;
    }
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (!scheduled) {
        scheduled = true;
        setImmediate(release);
      }
    });
}
