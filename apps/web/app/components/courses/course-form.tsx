import { courseFormats, courseStatuses } from '@gotong/domain';
import type { CourseQuery } from '@gotong/graphql-client';
import { useActionData } from '@remix-run/react';
import { useEffect, useState, type MouseEvent } from 'react';
import { Field, type ControlProps } from '~/components/field';
import { AppForm } from '~/components/form';
import type { FormFailure } from '~/lib/forms';
import { dynamicKey, useT } from '~/lib/i18n';
import { timeZoneOr } from '@gotong/domain';
import { zoneAbbreviation } from '~/lib/dates';
import { courseFormInput, courseFormSchema, innovationFieldPrefix, sessionRowCount, timeZoneField, toLocalTime } from './course-form-input';

export const courseFormIntent = 'course';

export type InnovationChoice = { id: string; title: string; agency?: string };

type SavedCourse = Pick<NonNullable<CourseQuery['course']>, 'title' | 'summary' | 'format' | 'capacity' | 'competencies' | 'status' | 'sessions' | 'innovations'>;

type EditorData = FormFailure & { innovationChoices?: InnovationChoice[] };

/** Empty session rows offered beyond the saved ones, so a course with several sessions needs no extra step. */
const minimumSessionRows = 3;

/** A select of an enum's values, each labelled by `<labelKey>.<VALUE>`. */
function ChoiceSelect({ control, choices, labelKey }: { control: ControlProps; choices: readonly string[]; labelKey: string }) {
  const t = useT();
  return (
    <select {...control}>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {t(dynamicKey(`${labelKey}.${choice}`))}
        </option>
      ))}
    </select>
  );
}

function uniqueById(choices: InnovationChoice[]): InnovationChoice[] {
  return choices.filter((choice, index) => choices.findIndex((other) => other.id === choice.id) === index);
}

/**
 * The one course editor, for a new course and for a change. Without JavaScript "add a session" and the innovation
 * search post the form and get it back as typed; with JavaScript a session row is added in place.
 */
export function CourseForm({ course, choices, submitLabel, timeZone }: { course?: SavedCourse; choices: InnovationChoice[]; submitLabel: string; timeZone: string }) {
  const t = useT();
  const zone = timeZoneOr(timeZone);
  const actionData = useActionData<EditorData>();
  const values = actionData?.intent === courseFormIntent ? (actionData.values ?? {}) : {};
  const submitted = Object.keys(values).length > 0;
  const [addedRows, setAddedRows] = useState(0);
  useEffect(() => setAddedRows(0), [actionData]);

  const sessions = course?.sessions ?? [];
  const postedRows = sessionRowCount({ has: (name) => name in values });
  const rowCount = (submitted ? postedRows : Math.max(sessions.length + 1, minimumSessionRows)) + addedRows;

  const selected: InnovationChoice[] = submitted
    ? Object.entries(values)
        .filter(([name]) => name.startsWith(innovationFieldPrefix))
        .map(([name, title]) => ({ id: name.slice(innovationFieldPrefix.length), title }))
    : (course?.innovations ?? []);
  const offered = uniqueById([...selected, ...(actionData?.innovationChoices ?? choices)]);
  const innovationsError = actionData?.intent === courseFormIntent ? actionData.fieldErrors.innovationIds : undefined;

  const addSessionRow = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    setAddedRows((count) => count + 1);
  };

  return (
    <AppForm intent={courseFormIntent} schema={courseFormSchema} toInput={courseFormInput}>
      {/* The first submit button is the one Enter presses: saving, not "add a session". */}
      <button type="submit" className="visually-hidden" tabIndex={-1} aria-hidden="true">
        {submitLabel}
      </button>
      <input type="hidden" name={timeZoneField} value={zone} />
      <Field name="title" label={t('courses.field.title')} defaultValue={course?.title} required maxLength={160} />
      <Field name="summary" label={t('courses.field.summary')} hint={t('courses.field.summaryHint')} defaultValue={course?.summary}>
        {(control) => <textarea rows={6} {...control} required />}
      </Field>
      <Field name="format" label={t('courses.field.format')} defaultValue={course?.format ?? 'IN_PERSON'}>
        {(control) => <ChoiceSelect control={control} choices={courseFormats} labelKey="courses.format" />}
      </Field>
      <Field name="capacity" type="number" min={1} inputMode="numeric" label={t('courses.field.capacity')} defaultValue={course?.capacity} required />
      <Field name="competencies" label={t('courses.field.competencies')} hint={t('courses.field.competenciesHint')} defaultValue={course?.competencies.join(', ')} optional>
        {(control) => <textarea rows={3} {...control} />}
      </Field>

      <fieldset className="fieldset">
        <legend>{t('courses.field.sessions')}</legend>
        <p className="field-hint">{t('courses.field.sessionsHint')}</p>
        {Array.from({ length: rowCount }, (_, index) => {
          const saved = sessions[index];
          return (
            <fieldset key={index} className="fieldset course-session-row">
              <legend>{t('courses.field.session', { number: index + 1 })}</legend>
              <Field name={`sessions.${index}.startsAt`} type="datetime-local" label={t('courses.field.startsAt', { zone: zoneAbbreviation(zone) })} defaultValue={saved ? toLocalTime(saved.startsAt, zone) : ''} />
              <Field name={`sessions.${index}.endsAt`} type="datetime-local" label={t('courses.field.endsAt', { zone: zoneAbbreviation(zone) })} defaultValue={saved ? toLocalTime(saved.endsAt, zone) : ''} />
              <Field name={`sessions.${index}.place`} label={t('courses.field.place')} defaultValue={saved?.place ?? ''} optional />
            </fieldset>
          );
        })}
        <button type="submit" name="step" value="addSession" formNoValidate className="button button-secondary" onClick={addSessionRow}>
          {t('courses.field.addSession')}
        </button>
      </fieldset>

      <fieldset className={['fieldset', innovationsError ? 'field-invalid' : ''].filter(Boolean).join(' ')} aria-describedby={innovationsError ? 'course-innovations-error' : undefined}>
        <legend>{t('courses.field.innovations')}</legend>
        <p className="field-hint">{t('courses.field.innovationsHint')}</p>
        {innovationsError ? (
          <p className="field-error" id="course-innovations-error">
            {t(innovationsError)}
          </p>
        ) : null}
        <Field name="innovationSearch" type="search" label={t('courses.field.innovationSearch')} optional />
        <button type="submit" name="step" value="searchInnovations" formNoValidate className="button button-secondary button-small">
          {t('courses.field.innovationSearchSubmit')}
        </button>
        {offered.length > 0 ? (
          <ul className="course-choices">
            {offered.map((choice, index) => (
              <li key={choice.id} className="field field-checkbox">
                <input type="checkbox" id={`course-innovation-${index}`} name={`${innovationFieldPrefix}${choice.id}`} value={choice.title} defaultChecked={selected.some((item) => item.id === choice.id)} />
                <label htmlFor={`course-innovation-${index}`}>
                  {choice.title}
                  {choice.agency ? <span className="meta"> · {choice.agency}</span> : null}
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('courses.field.noInnovationsFound')}</p>
        )}
      </fieldset>

      <Field name="status" label={t('courses.field.status')} hint={t('courses.field.statusHint')} defaultValue={course?.status ?? 'PUBLISHED'}>
        {(control) => <ChoiceSelect control={control} choices={courseStatuses} labelKey="courses.status" />}
      </Field>
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </AppForm>
  );
}
