import { maxSuggestionLength, respondentAgeBands, respondentEducations, respondentGenders, respondentOccupations, surveyAnswerValues, surveyElementCodes, surveyResponseSchema } from '@gotong/domain';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { dynamicKey, useT } from '~/lib/i18n';
import { AnswerGroup } from './answer-group';
import { surveyResponseInput } from './survey-input';

const profileChoices = { gender: respondentGenders, ageBand: respondentAgeBands, education: respondentEducations, occupation: respondentOccupations } as const;

/** The regulation's questionnaire: nine elements with four answers each, then the optional profile and suggestion. */
export function SurveyAnswerForm() {
  const t = useT();
  const answers = surveyAnswerValues.map((value) => ({ value: String(value), label: `${value} – ${t(`surveys.answer.${value}`)}` }));
  return (
    <AppForm intent="answer" schema={surveyResponseSchema} toInput={surveyResponseInput} aria-labelledby="survey-form-title">
      <p>{t('surveys.form.intro')}</p>
      {surveyElementCodes.map((code, index) => (
        <AnswerGroup key={code} name={`answers.${index}`} legend={t('surveys.form.element', { code, label: t(`surveys.element.${code}`) })} hint={t(`surveys.question.${code}`)} options={answers} />
      ))}
      <fieldset className="survey-profile">
        <legend>{t('surveys.form.profile')}</legend>
        {(Object.keys(profileChoices) as (keyof typeof profileChoices)[]).map((name) => (
          <Field key={name} name={name} label={t(`surveys.form.${name}`)} optional>
            {(control) => (
              <select {...control}>
                <option value="">{t('surveys.form.notSaying')}</option>
                {profileChoices[name].map((value) => (
                  <option key={value} value={value}>
                    {t(dynamicKey(`surveys.${name}.${value}`))}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </fieldset>
      <Field name="suggestion" label={t('surveys.form.suggestion')} hint={t('surveys.form.suggestionHint')} optional>
        {(control) => <textarea {...control} rows={4} maxLength={maxSuggestionLength} />}
      </Field>
      <p className="field-hint">{t('surveys.form.cookieNote')}</p>
      <button type="submit" className="button">
        {t('surveys.form.submit')}
      </button>
    </AppForm>
  );
}
