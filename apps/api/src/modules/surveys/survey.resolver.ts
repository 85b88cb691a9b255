import { isSurveyOpen, type SurveyElementResult } from '@gotong/domain';
import { translatorFor } from '@gotong/messages';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs, findPage } from '../../core/connection.js';
import { forbidden } from '../../core/errors.js';
import { idOfType } from '../../core/global-id.js';
import { globalIdOf } from '../../core/node.js';
import { toPayload } from '../../core/user-error.js';
import { Locale } from '../accounts/user.type.js';
import type { Innovation } from '../pipeline/innovation.entity.js';
import { InnovationType } from '../pipeline/innovation.type.js';
import type { Service } from '../services/service.entity.js';
import { ServiceRecord } from '../services/service-record.js';
import { ServiceType } from '../services/service.type.js';
import { closeSurvey } from './close-survey.js';
import { createSurvey } from './create-survey.js';
import { recordSurveyFollowUpPlan } from './record-survey-follow-up-plan.js';
import { RecordSurveyFollowUpPlanInput, SurveyReportType } from './survey-report.type.js';
import { findSurvey } from './find-survey.js';
import { submitSurveyResponse } from './submit-survey-response.js';
import { surveyPage } from './survey-page.js';
import { SurveyResponse } from './survey-response.entity.js';
import { surveyResults } from './survey-results.js';
import type { Survey } from './survey.entity.js';
import { innovationSatisfactionLoader, satisfactionHistoryLength, satisfactionHistoryLoader, viewerHasRespondedLoader } from './survey.loaders.js';
import {
  CloseSurveyInput,
  CreateSurveyInput,
  InnovationSatisfactionType,
  SubmitSurveyResponseInput,
  SurveyConnection,
  SurveyElementResultType,
  SurveyFilter,
  SurveyPayload,
  SurveyResultsType,
  SurveySuggestionConnection,
  SurveyType,
  type SurveyResults,
} from './survey.type.js';
import { managesSurveysOf, maySeeSurveyReport } from './surveys.permissions.js';

function surveyPayload(run: () => Promise<Survey>) {
  return toPayload(SurveyPayload, run, (payload, survey) => {
    payload.survey = survey;
  });
}

@Resolver(() => SurveyType)
export class SurveyResolver {
  @Query(() => SurveyConnection, { description: 'Satisfaction surveys, the latest closing first.' })
  surveys(@Args(() => PageArgs) page: PageArgs, @Arg('filter', () => SurveyFilter, { nullable: true }) filter: SurveyFilter | null, @Ctx() context: Context) {
    return surveyPage(context, filter, page);
  }

  @Query(() => SurveyType, { nullable: true })
  survey(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Survey | null> | null {
    const surveyId = idOfType(id, 'Survey');
    return surveyId ? findSurvey(context, surveyId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Taking answers now.' })
  open(@Root() survey: Survey): boolean {
    return isSurveyOpen(survey, new Date());
  }

  @FieldResolver(() => Boolean, { description: 'Closed (at its closing time or early): its results are final.' })
  closed(@Root() survey: Survey): boolean {
    return survey.closesAt <= new Date();
  }

  @FieldResolver(() => SurveyResultsType, { description: 'Kept as running totals: reading them reads no response.' })
  results(@Root() survey: Survey): SurveyResults {
    return surveyResults(survey);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the signed-in viewer, or the browser holding this respondent key, has answered.' })
  viewerHasResponded(
    @Root() survey: Survey,
    @Arg('respondentKey', () => String, { nullable: true }) respondentKey: string | null,
    @Ctx() context: Context,
  ): Promise<boolean> {
    return viewerHasRespondedLoader(context, respondentKey).load(survey.id);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer runs the agency's surveys (close it, read suggestions)." })
  viewerCanManage(@Root() survey: Survey, @Ctx() context: Context): Promise<boolean> {
    return managesSurveysOf(context, survey.agency);
  }

  @FieldResolver(() => SurveyReportType, { nullable: true, description: "The official SKM report: public once the survey is closed, for the agency's officers at any time; null otherwise." })
  async report(@Root() survey: Survey, @Ctx() context: Context): Promise<Survey | null> {
    return (await maySeeSurveyReport(context, survey)) ? survey : null;
  }

  @FieldResolver(() => SurveySuggestionConnection, {
    description: "Respondents' suggestions, newest first, without who wrote them or any profile: public once closed (part of the report), the agency's officers at any time.",
  })
  async suggestions(@Root() survey: Survey, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    if (!(await maySeeSurveyReport(context, survey))) throw forbidden("Until the survey closes, only the agency's officers read the suggestions.");
    return findPage(context.em, SurveyResponse, { survey: survey.id, suggestion: { $ne: '' } }, [{ property: 'createdAt', direction: 'desc' }, { property: 'id', direction: 'desc' }], page);
  }

  @Mutation(() => SurveyPayload, { description: "An agency's officer opens a satisfaction survey of one of its services." })
  createSurvey(@Arg('input', () => CreateSurveyInput) input: CreateSurveyInput, @Ctx() context: Context) {
    return surveyPayload(() => createSurvey(context, input));
  }

  @Mutation(() => SurveyPayload, { description: 'Closes a survey before its closing time.' })
  closeSurvey(@Arg('input', () => CloseSurveyInput) input: CloseSurveyInput, @Ctx() context: Context) {
    return surveyPayload(() => closeSurvey(context, input.surveyId));
  }

  @Mutation(() => SurveyPayload, { description: "The agency's officers record the follow-up plan (rencana tindak lanjut) of a closed survey, for its report." })
  recordSurveyFollowUpPlan(@Arg('input', () => RecordSurveyFollowUpPlanInput) input: RecordSurveyFollowUpPlanInput, @Ctx() context: Context) {
    return surveyPayload(() => recordSurveyFollowUpPlan(context, input));
  }

  @Mutation(() => SurveyPayload, { description: 'Answers an open survey, with or without an account; once per person and once per respondent key.' })
  submitSurveyResponse(@Arg('input', () => SubmitSurveyResponseInput) input: SubmitSurveyResponseInput, @Ctx() context: Context) {
    return surveyPayload(() => submitSurveyResponse(context, input));
  }
}

@Resolver(() => SurveyResultsType)
export class SurveyResultsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Kinerja unit pelayanan for the grade, in the asked language.' })
  performance(@Root() results: SurveyResults, @Arg('locale', () => Locale, { nullable: true, defaultValue: Locale.id }) locale: Locale): string | null {
    return results.grade ? translatorFor(locale)(`surveys.performance.${results.grade}`) : null;
  }
}

@Resolver(() => SurveyElementResultType)
export class SurveyElementResultResolver {
  @FieldResolver(() => String, { description: "The element's name in the asked language." })
  label(@Root() element: SurveyElementResult, @Arg('locale', () => Locale, { nullable: true, defaultValue: Locale.id }) locale: Locale): string {
    return translatorFor(locale)(`surveys.element.${element.code}`);
  }
}

@Resolver(() => ServiceType)
export class ServiceSurveysResolver {
  @FieldResolver(() => SurveyConnection, { description: "The service's surveys, the latest closing first." })
  surveys(@Root() service: Service, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return surveyPage(context, { serviceId: globalIdOf(service) }, page);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may open and close this service's surveys (its agency's officers)." })
  async viewerCanRunSurveys(@Root() service: Service, @Ctx() context: Context): Promise<boolean> {
    // A feed's service record comes with its agency read (core/raw-connection.ts); only an entity's may be a bare reference.
    if (!(service instanceof ServiceRecord)) await context.em.populate(service, ['agency']);
    return managesSurveysOf(context, service.agency);
  }

  @FieldResolver(() => [SurveyType], { description: `Its IKM over time: the latest ${satisfactionHistoryLength} closed surveys, oldest first.` })
  satisfaction(@Root() service: Service, @Ctx() context: Context): Promise<Survey[]> {
    return satisfactionHistoryLoader(context).load(service.id);
  }
}

@Resolver(() => InnovationType)
export class InnovationSatisfactionResolver {
  @FieldResolver(() => InnovationSatisfactionType, { description: "The IKM of its target service before and after implementation." })
  satisfaction(@Root() innovation: Innovation, @Ctx() context: Context): Promise<InnovationSatisfactionType> {
    return innovationSatisfactionLoader(context).load(innovation.id);
  }
}
