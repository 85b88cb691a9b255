import { computeSurveyIndex, minimumSample, surveyElementCodes } from '@gotong/domain';
import type { Survey } from './survey.entity.js';
import type { SurveyResults } from './survey.type.js';

/** The results from the survey's running totals (every response answers all nine elements): no response is read. */
export function surveyResults(survey: Survey): SurveyResults {
  const computed = computeSurveyIndex(survey.elementSums, surveyElementCodes.map(() => survey.responseCount));
  const population = survey.service.population;
  const minimum = population ? minimumSample(population) : null;
  return {
    responseCount: survey.responseCount,
    minimumSample: minimum,
    sufficient: minimum === null ? null : survey.responseCount >= minimum,
    elements: computed?.elements ?? [],
    index: computed?.index ?? null,
    ikm: computed?.ikm ?? null,
    grade: computed?.grade ?? null,
  };
}
