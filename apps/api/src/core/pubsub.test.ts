import { describe, expect, it } from 'vitest';
import { createInProcessPubSub, subscriptionQueueLimit } from './pubsub.js';

describe('the in-process pub/sub', () => {
  it('hands every subscription of a topic the same payload object, and no other topic’s', async () => {
    const pubsub = createInProcessPubSub();
    const first = pubsub.subscribe('A')[Symbol.asyncIterator]();
    const second = pubsub.subscribe('A')[Symbol.asyncIterator]();
    const other = pubsub.subscribe('B')[Symbol.asyncIterator]();
    const payload = { ideaId: '1' };
    await pubsub.publish('A', payload);
    const [a, b] = await Promise.all([first.next(), second.next()]);
    expect(a.value).toBe(payload);
    expect(b.value).toBe(payload);
    let otherReceived = false;
    void other.next().then(() => (otherReceived = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(otherReceived).toBe(false);
  });

  it('keeps events published while the reader is busy, in order', async () => {
    const pubsub = createInProcessPubSub();
    const events = pubsub.subscribe('A')[Symbol.asyncIterator]();
    for (const n of [1, 2, 3]) await pubsub.publish('A', { n });
    expect((await events.next()).value).toEqual({ n: 1 });
    expect((await events.next()).value).toEqual({ n: 2 });
    expect((await events.next()).value).toEqual({ n: 3 });
  });

  it('stops delivering once a subscription is closed, even to a pending read', async () => {
    const pubsub = createInProcessPubSub();
    const events = pubsub.subscribe('A')[Symbol.asyncIterator]();
    const pending = events.next();
    await events.return!();
    expect(await pending).toEqual({ value: undefined, done: true });
    await pubsub.publish('A', { n: 1 });
    expect(await events.next()).toEqual({ value: undefined, done: true });
  });

  it('ends a subscription that holds too many unread events with an error its reader sees, without troubling the publisher', async () => {
    const pubsub = createInProcessPubSub();
    const slow = pubsub.subscribe('A')[Symbol.asyncIterator]();
    const reading = pubsub.subscribe('A')[Symbol.asyncIterator]();
    for (let n = 0; n <= subscriptionQueueLimit; n += 1) {
      await pubsub.publish('A', { n });
      expect((await reading.next()).value).toEqual({ n });
    }
    await expect(slow.next()).rejects.toThrow(/Too slow/);
    expect(await slow.next()).toEqual({ value: undefined, done: true });
    await pubsub.publish('A', { n: 'after' });
    expect((await reading.next()).value).toEqual({ n: 'after' });
  });
});
