import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { globalIdOf } from '../../core/node.js';
import { respondentProfileLoader } from './survey.loaders.js';
import type { Survey } from './survey.entity.js';
import { surveyResults } from './survey-results.js';
import { RespondentProfileTableType, SurveyReportType, type SurveyProfile } from './survey-report.type.js';
import { SurveyResultsType, type SurveyResults } from './survey.type.js';
import { can } from './surveys.permissions.js';

/** The path (on the site's origin) of a survey's anonymised responses as CSV. */
export function responsesCsvPath(survey: Survey): string {
  return `/survei/${encodeURIComponent(globalIdOf(survey))}/jawaban.csv`;
}

/** The report reads the survey it belongs to (Survey.report hands the survey over once the viewer may see it). */
@Resolver(() => SurveyReportType)
export class SurveyReportResolver {
  @FieldResolver(() => SurveyResultsType, { description: 'Responses against the minimum sample, each element (NRR, weighted NRR, score, grade), the index, IKM and grade.' })
  results(@Root() survey: Survey): SurveyResults {
    return surveyResults(survey);
  }

  @FieldResolver(() => [RespondentProfileTableType], { description: 'Gender, age band, education and occupation: counts and shares.' })
  profile(@Root() survey: Survey, @Ctx() context: Context): Promise<SurveyProfile> {
    return respondentProfileLoader(context).load(survey);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may record the follow-up plan now (the agency's officers, once closed)." })
  viewerCanRecordFollowUpPlan(@Root() survey: Survey, @Ctx() context: Context): Promise<boolean> {
    return can(context, 'recordFollowUpPlan', survey);
  }

  @FieldResolver(() => String, { description: 'Where the anonymised responses download as CSV (answers and profile; no suggestion, time or respondent).' })
  responsesCsvPath(@Root() survey: Survey): string {
    return responsesCsvPath(survey);
  }
}
