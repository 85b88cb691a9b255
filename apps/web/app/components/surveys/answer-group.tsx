import { fieldId, useFormState } from '~/components/form';
import { useT } from '~/lib/i18n';

/** A radio group in a fieldset with its legend, its error beside it and the chosen answer kept after a refusal. */
export function AnswerGroup({ name, legend, hint, options }: { name: string; legend: string; hint?: string; options: { value: string; label: string }[] }) {
  const t = useT();
  const { idPrefix, fieldErrors, values } = useFormState();
  const id = fieldId(idPrefix, name);
  const error = fieldErrors[name];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={['field', 'answer-group', error ? 'field-invalid' : ''].filter(Boolean).join(' ')} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend>{legend}</legend>
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
      <div className="answer-options">
        {options.map((option, index) => (
          <label key={option.value} className="answer-option">
            <input type="radio" name={name} value={option.value} id={index === 0 ? id : `${id}-${option.value}`} defaultChecked={values[name] === option.value} aria-invalid={error ? true : undefined} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
