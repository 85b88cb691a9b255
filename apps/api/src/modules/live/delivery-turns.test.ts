import { describe, expect, it } from 'vitest';
import { createDeliveryTurns } from './delivery-turns.js';

describe('delivery turns', () => {
  it('lets a slice of waiting deliveries go per turn of the event loop, so other work runs between slices', async () => {
    const turn = createDeliveryTurns(3);
    const delivered: number[] = [];
    const seenByOtherWork: number[] = [];
    const all = Array.from({ length: 8 }, (_, n) => turn().then(() => delivered.push(n)));
    const otherWork = (async () => {
      for (let step = 0; step < 3; step += 1) {
        await new Promise((resolve) => setImmediate(resolve));
        seenByOtherWork.push(delivered.length);
      }
    })();
    await Promise.all([...all, otherWork]);
    expect(delivered).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(seenByOtherWork).toEqual([3, 6, 8]);
  });

  it('starts again after it has drained', async () => {
    const turn = createDeliveryTurns(2);
    await Promise.all([turn(), turn(), turn()]);
    await expect(Promise.all([turn(), turn()])).resolves.toHaveLength(2);
  });
});
