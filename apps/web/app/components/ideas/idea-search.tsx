import { Form, useSubmit } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { useT } from '~/lib/i18n';

/**
 * A search of ideas by their words, sent as GET `?{parameter}=…` so it works without JavaScript; with JavaScript the
 * results follow the typing (a short pause first) without a full reload or a jump of the page.
 */
export function IdeaSearchForm({ parameter, label, hint, defaultValue }: { parameter: string; label: string; hint?: string; defaultValue: string }) {
  const t = useT();
  const submit = useSubmit();
  const pending = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(pending.current), []);
  const id = `search-${parameter}`;
  return (
    <Form
      method="get"
      role="search"
      aria-label={label}
      className="idea-search"
      preventScrollReset
      // Sent by hand: the search waiting on the typing would come after it and interrupt whatever the person does next.
      onSubmit={() => clearTimeout(pending.current)}
      onChange={(event) => {
        const form = event.currentTarget;
        clearTimeout(pending.current);
        pending.current = setTimeout(() => submit(form, { replace: true, preventScrollReset: true }), 400);
      }}
    >
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="idea-search-row">
        <input type="search" id={id} name={parameter} defaultValue={defaultValue} aria-describedby={hint ? `${id}-hint` : undefined} minLength={2} maxLength={100} />
        <button type="submit" className="button button-secondary">
          {t('ideaSearch.submit')}
        </button>
      </div>
    </Form>
  );
}
