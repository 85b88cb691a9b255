import { data } from '@remix-run/node';
import type { FormFailure } from './forms';

const neverEchoed = new Set(['csrf', 'password', 'intent']);

/** The action's answer to a refused form: the page shows the errors by field and keeps what was typed. */
export function failure(formData: FormData, result: FormFailure) {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === 'string' && !neverEchoed.has(name)) values[name] = value;
  }
  return data({ ...result, values }, { status: 400 });
}
