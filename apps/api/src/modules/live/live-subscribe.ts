import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Context } from '../../context.js';
import { transformEvents } from './live-events.js';

/** Per event object: the results already rendered for anonymous subscribers, by operation. */
const rendered = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

function renderOnce(event: object, operationKey: string, render: () => Promise<ExecutionResult>): Promise<ExecutionResult> {
  let results = rendered.get(event);
  if (!results) {
    results = new Map();
    rendered.set(event, results);
  }
  let result = results.get(operationKey);
  if (!result) {
    result = render();
    results.set(operationKey, result);
  }
  return result;
}

/**
 * graphql-js `subscribe`, except that anonymous subscribers to the same operation and variables, who receive the same
 * event object (see liveEvents), get one rendered result between them: they have the same rights, so the same answer,
 * and an event for 10,000 of them is then executed once instead of 10,000 times. Signed-in subscribers are executed each
 * with their own context (their votes, their permissions).
 */
export async function subscribeLive(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const context = args.contextValue as Context;
  const operationKey = JSON.stringify([print(args.document), args.operationName ?? null, args.variableValues ?? null]);
  const render = (event: unknown) => execute({ ...args, rootValue: event }) as Promise<ExecutionResult>;
  return transformEvents(stream, (event: unknown) => {
    const shareable = !context.viewer && typeof event === 'object' && event !== null;
    return shareable ? renderOnce(event, operationKey, () => render(event)) : render(event);
  });
}
