/**
 * Hands live messages to their sockets in turns of the event loop, each turn until `budgetMilliseconds` have passed.
 * An event's subscribers get their frames from one rendering, so without turns all their sends would run back to
 * back, and every HTTP request that arrived meanwhile (another person's vote, the vote's own answer) would wait for the
 * last of them. Between turns the loop reads sockets; runs are delivered in the order they were handed in.
 */
export function createDeliveryTurns(budgetMilliseconds: number): <T>(items: readonly T[], deliver: (item: T) => void) => void {
  const runs: { items: readonly unknown[]; next: number; deliver: (item: unknown) => void }[] = [];
  let scheduled = false;
  const turn = () => {
    const deadline = performance.now() + budgetMilliseconds;
    while (runs.length > 0) {
      const run = runs[0];
      while (run.next < run.items.length) {
        run.deliver(run.items[run.next]);
        run.next += 1;
        // Reading the clock costs about as much as a few sends; every eighth is close enough to the budget.
        if (run.next % 8 === 0 && performance.now() >= deadline) {
          setImmediate(turn);
          return;
        }
      }
      runs.shift();
    }
    scheduled = false;
  };
  return (items, deliver) => {
    runs.push({ items, next: 0, deliver: deliver as (item: unknown) => void });
    if (!scheduled) {
      scheduled = true;
      setImmediate(turn);
    }
  };
}
