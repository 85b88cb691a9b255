import { data } from '@remix-run/node';
import type { FormFailure } from './forms';

/** What the error page says for a refused request: a message key under `error.` (see components/error-page.tsx). */
export type Refusal = { refusal: 'notAForm' | 'unreadableForm' | 'formExpired' };

/** A refusal to throw from an action: the route's error page shows the status and says what to do. */
export function refusal(status: number, reason: Refusal['refusal']) {
  return data<Refusal>({ refusal: reason }, { status });
}

const formContentTypes = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * The posted form, or a 415 (the body is not a form: JSON, text) or 400 (a form that cannot be read, such as multipart
 * without its boundary) thrown for the error page: a body that is not a form is the client's mistake, never a 500.
 */
export async function readFormData(request: Request): Promise<FormData> {
  const contentType = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (!formContentTypes.has(contentType)) throw refusal(415, 'notAForm');
  try {
    return await request.formData();
  } catch {
    throw refusal(400, 'unreadableForm');
  }
}

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
