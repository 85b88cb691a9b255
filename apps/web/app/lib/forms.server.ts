import { data } from '@remix-run/node';
import type { FormFailure } from './forms';

const neverEchoed = new Set(['csrf', 'password', 'intent']);

/** What was typed into a form, to show it again (never the CSRF token or passwords). */
export function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === 'string' && !neverEchoed.has(name)) values[name] = value;
  }
  return values;
}

/** The action's answer to a refused form: the page shows the errors by field and keeps what was typed. */
export function failure(formData: FormData, result: FormFailure) {
  return data({ ...result, values: typedValues(formData) }, { status: 400 });
}
