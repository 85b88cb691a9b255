import { Form, useActionData, useNavigation, type FormProps } from '@remix-run/react';
import { createContext, useContext, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ZodType } from 'zod';
import { validate, type FieldErrors, type FormFailure } from '~/lib/forms';
import { useT } from '~/lib/i18n';
import { useRootData } from '~/lib/root-data';

type FormState = { idPrefix: string; fieldErrors: FieldErrors; values: Record<string, string> };

const FormStateContext = createContext<FormState>({ idPrefix: 'form', fieldErrors: {}, values: {} });

export function useFormState(): FormState {
  return useContext(FormStateContext);
}

export function fieldId(idPrefix: string, name: string): string {
  return `${idPrefix}-${name}`;
}

/** The hidden field every POST form carries (checked by csrf.server.ts verifiedFormData). */
export function CsrfField() {
  const token = useRootData()?.csrfToken ?? '';
  return <input type="hidden" name="csrf" value={token} />;
}

function isFailure(value: unknown): value is FormFailure {
  return typeof value === 'object' && value !== null && 'fieldErrors' in value;
}

type AppFormProps<T> = Omit<FormProps, 'method' | 'onSubmit'> & {
  /** Tells apart several forms posting to one action; sent as the `intent` field. */
  intent?: string;
  /** The shared schema the action validates with, run in the browser first (with JavaScript). */
  schema?: ZodType<T>;
  /** Builds the schema's input from the form, the same function the action uses. */
  toInput?: (formData: FormData) => unknown;
  /** With JavaScript: a question to confirm before sending (e.g. a backward move), or null to send at once. */
  confirmation?: (formData: FormData) => string | null;
  /** Empties the form once it was sent without errors (a comment box, a reply). */
  resetOnSuccess?: boolean;
  children: ReactNode;
};

/**
 * A POST form that works without JavaScript: CSRF field, the action's errors by field and above the form.
 * With JavaScript it checks the shared schema before sending, so the person sees the same messages sooner.
 */
export function AppForm<T>({ intent, schema, toInput, confirmation, resetOnSuccess, children, className, ...props }: AppFormProps<T>) {
  const t = useT();
  const actionData = useActionData();
  const navigation = useNavigation();
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const failure = isFailure(actionData) && actionData.intent === intent ? actionData : undefined;

  useEffect(() => setClientErrors(null), [actionData]);

  const fieldErrors = clientErrors ?? failure?.fieldErrors ?? {};
  const formError = clientErrors ? undefined : failure?.formError;
  const idPrefix = intent ?? 'form';
  const errorEntries = Object.entries(fieldErrors);
  const hasErrors = errorEntries.length > 0 || Boolean(formError);

  useEffect(() => {
    if (hasErrors) summaryRef.current?.focus();
  }, [hasErrors, actionData, clientErrors]);

  const submitting = navigation.state !== 'idle' && navigation.formData?.get('intent') === (intent ?? null);
  const formRef = useRef<HTMLFormElement>(null);
  // A second click while the first is still being sent would post twice: the form takes one submission at a time.
  const sending = useRef(false);
  const wasSubmitting = useRef(false);
  useEffect(() => {
    if (wasSubmitting.current && !submitting) {
      sending.current = false;
      if (resetOnSuccess && !isFailure(actionData)) formRef.current?.reset();
    }
    wasSubmitting.current = submitting;
  }, [submitting, actionData, resetOnSuccess]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (sending.current) {
      event.preventDefault();
      return;
    }
    const question = confirmation?.(new FormData(event.currentTarget));
    if (question && !window.confirm(question)) {
      event.preventDefault();
      return;
    }
    sending.current = true;
    // A button marked formNoValidate (e.g. "add a row") asks for the form back, not for it to be checked.
    if (!schema || !toInput || (event.nativeEvent as SubmitEvent).submitter?.hasAttribute('formnovalidate')) return;
    const result = validate(schema, toInput(new FormData(event.currentTarget)));
    if (result.fieldErrors) {
      event.preventDefault();
      sending.current = false;
      setClientErrors(result.fieldErrors);
    } else {
      setClientErrors(null);
    }
  };

  return (
    <FormStateContext.Provider value={{ idPrefix, fieldErrors, values: failure?.values ?? {} }}>
      <Form method="post" noValidate onSubmit={onSubmit} ref={formRef} className={['app-form', className].filter(Boolean).join(' ')} aria-busy={submitting} {...props}>
        <CsrfField />
        {intent ? <input type="hidden" name="intent" value={intent} /> : null}
        {hasErrors ? (
          <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
            <p className="error-summary-title">{formError ? t(formError) : t('form.errorSummary')}</p>
            {errorEntries.length > 0 ? (
              <ul>
                {errorEntries.map(([name, message]) => (
                  <li key={name}>
                    <a href={`#${fieldId(idPrefix, name)}`}>{t(message)}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {children}
      </Form>
    </FormStateContext.Provider>
  );
}

/** A one-button POST form (sign out, remove, verify): the CSRF field and any hidden values. */
export function ButtonForm({
  action,
  intent,
  hidden = {},
  children,
  className = 'button',
  label,
  reloadDocument,
}: {
  action?: string;
  intent?: string;
  hidden?: Record<string, string>;
  children: ReactNode;
  className?: string;
  /** The button's accessible name when its text alone is ambiguous (e.g. "Remove" in a table row). */
  label?: string;
  /** A full page load after the POST (the language switch: the browser then loads the other language's messages). */
  reloadDocument?: boolean;
}) {
  return (
    <Form method="post" action={action} className="button-form" reloadDocument={reloadDocument}>
      <CsrfField />
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} aria-label={label}>
        {children}
      </button>
    </Form>
  );
}
