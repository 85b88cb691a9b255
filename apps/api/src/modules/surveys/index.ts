import { registerNode } from '../../core/node.js';
import { registerGateFactsProvider } from '../pipeline/index.js';
import { onAccountDeletion, registerPersonalDataExporter } from '../privacy/personal-data.js';
import { findSurvey } from './find-survey.js';
import { SurveyResponse } from './survey-response.entity.js';
import { Survey } from './survey.entity.js';
import { closedSurveyAfterImplementationFacts } from './survey.loaders.js';
import {
  InnovationSatisfactionResolver,
  ServiceSurveysResolver,
  SurveyElementResultResolver,
  SurveyResolver,
  SurveyResultsResolver,
} from './survey.resolver.js';
import { SurveyReportResolver } from './survey-report.resolver.js';
import { surveyDownloads } from './survey-responses-csv.js';

registerNode({ typeName: 'Survey', entity: Survey, load: findSurvey });
registerGateFactsProvider(closedSurveyAfterImplementationFacts);
registerPersonalDataExporter('surveyResponses', async (em, userId) =>
  (await em.find(SurveyResponse, { respondent: userId }, { populate: ['survey.service'], orderBy: { createdAt: 'asc', id: 'asc' } })).map((response) => ({
    survey: response.survey.title,
    period: response.survey.period,
    service: response.survey.service.name,
    answers: response.answers,
    suggestion: response.suggestion,
    gender: response.gender,
    ageBand: response.ageBand,
    education: response.education,
    occupation: response.occupation,
    answeredAt: response.createdAt,
  })),
);
// Answers are anonymous statistics: they stay in the results, no longer linked to the person.
onAccountDeletion(async (em, userId) => {
  await em.nativeUpdate(SurveyResponse, { respondent: userId }, { respondent: null });
});

export const surveysModule = {
  entities: [Survey, SurveyResponse],
  routes: surveyDownloads,
  resolvers: [SurveyResolver, SurveyResultsResolver, SurveyElementResultResolver, SurveyReportResolver, ServiceSurveysResolver, InnovationSatisfactionResolver] as const,
};
