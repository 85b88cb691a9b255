import { FieldMessages, useFieldWiring } from '~/components/field';

/** A radio group in a fieldset with its legend, its error beside it and the chosen answer kept after a refusal. */
export function AnswerGroup({ name, legend, hint, options }: { name: string; legend: string; hint?: string; options: { value: string; label: string }[] }) {
  const { id, error, hintId, errorId, describedBy, typed } = useFieldWiring(name, hint);
  return (
    <fieldset className={['field', 'answer-group', error ? 'field-invalid' : ''].filter(Boolean).join(' ')} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
      <div className="answer-options">
        {options.map((option, index) => (
          <label key={option.value} className="answer-option">
            <input type="radio" name={name} value={option.value} id={index === 0 ? id : `${id}-${option.value}`} defaultChecked={typed === option.value} aria-invalid={error ? true : undefined} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
