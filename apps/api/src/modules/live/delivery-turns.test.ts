import { describe, expect, it } from 'vitest';
import { createDeliveryTurns } from './delivery-turns.js';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('delivery turns', () => {
  it('delivers runs in order, and lets other work run between turns once a turn has used its time', async () => {
    const deliverIn = createDeliveryTurns(1);
    const delivered: number[] = [];
    const slowly = (item: number) => {
      const until = performance.now() + 0.05;
      while (performance.now() < until);
      delivered.push(item);
    };
    deliverIn(Array.from({ length: 200 }, (_, n) => n), slowly);
    deliverIn([200, 201], slowly);
    const seenByOtherWork: number[] = [];
    while (delivered.length < 202) {
      await nextTurn();
      seenByOtherWork.push(delivered.length);
    }
    expect(delivered).toEqual(Array.from({ length: 202 }, (_, n) => n));
    expect(seenByOtherWork.length).toBeGreaterThan(2);
    expect(seenByOtherWork[0]).toBeLessThan(200);
  });

  it('starts again after it has drained', async () => {
    const deliverIn = createDeliveryTurns(5);
    const delivered: string[] = [];
    deliverIn(['a'], (item) => delivered.push(item));
    await nextTurn();
    deliverIn(['b', 'c'], (item) => delivered.push(item));
    await nextTurn();
    expect(delivered).toEqual(['a', 'b', 'c']);
  });
});
