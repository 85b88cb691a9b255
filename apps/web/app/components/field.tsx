import type { InputHTMLAttributes, ReactNode } from 'react';
import { useT, type Message } from '~/lib/i18n';
import { fieldId, useFormState } from './form';

export type ControlProps = {
  id: string;
  name: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
  defaultValue: string | undefined;
};

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'children'> & {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  /** Another control than a text input (select, textarea): it receives the wiring (id, aria-invalid, aria-describedby). */
  children?: (control: ControlProps) => ReactNode;
};

/** The ids, error and kept value of a form control, for Field and for other controls (radio groups). */
export function useFieldWiring(name: string, hint: string | undefined) {
  const { idPrefix, fieldErrors, values } = useFormState();
  const id = fieldId(idPrefix, name);
  const error = fieldErrors[name];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, error, hintId, errorId, describedBy, typed: values[name] as string | undefined };
}

/** A control's hint and error, under its label or legend. */
export function FieldMessages({ hint, hintId, error, errorId }: { hint?: string; hintId?: string; error?: Message; errorId?: string }) {
  const t = useT();
  return (
    <>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {t(error)}
        </p>
      ) : null}
    </>
  );
}

/** A labelled form control with its hint and its error, wired for assistive technology. */
export function Field({ name, label, hint, optional, children, className, defaultValue, ...inputProps }: FieldProps) {
  const t = useT();
  const { id, error, hintId, errorId, describedBy, typed } = useFieldWiring(name, hint);
  const control: ControlProps = {
    id,
    name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    defaultValue: typed ?? (defaultValue === undefined || defaultValue === null ? undefined : String(defaultValue)),
  };
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="field-optional"> {t('form.optional')}</span> : null}
      </label>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
      {children ? children(control) : <input type="text" {...control} {...inputProps} />}
    </div>
  );
}

/** A checkbox with its label beside it (e.g. the separate, explicit privacy consent). */
export function CheckboxField({ name, label, value = 'on', defaultChecked }: { name: string; label: ReactNode; value?: string; defaultChecked?: boolean }) {
  const t = useT();
  const { id, error, errorId, describedBy, typed } = useFieldWiring(name, undefined);
  return (
    <div className={['field', 'field-checkbox', error ? 'field-invalid' : ''].filter(Boolean).join(' ')}>
      {error ? (
        <p className="field-error" id={errorId}>
          {t(error)}
        </p>
      ) : null}
      <input type="checkbox" id={id} name={name} value={value} defaultChecked={typed === undefined ? defaultChecked : typed === value} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
