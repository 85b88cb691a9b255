import type { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';
import { forbidden, unauthenticated } from '../../core/errors.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import type { Organization } from '../organizations/organization.entity.js';
import { can as canForOrganization } from '../organizations/organizations.permissions.js';
import type { Survey } from './survey.entity.js';

/** A verified agency's acting members (owner, admin, officer) run its services' surveys and read their suggestions. */
export async function managesSurveysOf(context: Context, agency: Organization): Promise<boolean> {
  return agency.kind === 'AGENCY' && (await canForOrganization(context, 'actFor', agency));
}

export function isSurveyClosed(survey: Survey, now = new Date()): boolean {
  return survey.closesAt <= now;
}

/**
 * The SKM report's one visibility rule (the report, its suggestions and the anonymised responses): public once the
 * survey is closed, its agency's officers at any time.
 */
export async function maySeeSurveyReport(context: Context, survey: Survey): Promise<boolean> {
  return isSurveyClosed(survey) || (await managesSurveysOf(context, survey.agency));
}

export type SurveyAction = 'recordFollowUpPlan';

/**
 * The surveys' authorisation rule for the report's actions, used by the use case (which throws its refusal) and
 * `viewerCanRecordFollowUpPlan`: null when the viewer may, else UNAUTHENTICATED, FORBIDDEN or a UserError saying why not now.
 */
export async function authorize(context: Context, action: SurveyAction, survey: Survey): Promise<GraphQLError | UserErrorException | null> {
  if (!context.viewer) return unauthenticated();
  switch (action) {
    case 'recordFollowUpPlan':
      if (!(await managesSurveysOf(context, survey.agency))) return forbidden("Only the officers of the service's agency record its follow-up plan.");
      return isSurveyClosed(survey) ? null : new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'reports.followUp.refused.open' }, 'input.surveyId'));
  }
}

export async function can(context: Context, action: SurveyAction, survey: Survey): Promise<boolean> {
  return (await authorize(context, action, survey)) === null;
}
