import type { IdeaStatus as IdeaStatusValue, InnovationStage as InnovationStageValue, PilotProposalStatus as PilotProposalStatusValue, SurveyGrade as SurveyGradeValue } from '@gotong/domain';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IdeaStatus, IdeaType } from '../ideas/idea.type.js';
import type { Idea } from '../ideas/idea.entity.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { PilotProposalStatus } from '../partners/pilot-proposal.type.js';
import { InnovationStage } from '../pipeline/innovation.type.js';
import type { Service } from '../services/service.entity.js';
import { ServiceType } from '../services/service.type.js';
import { SurveyGrade } from '../surveys/survey.type.js';

@InputType('StatsFilter', { description: 'Narrows every figure: to one agency, one service, and a period [from, to).' })
export class StatsFilter {
  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this instant on (inclusive).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until this instant (exclusive).' })
  to?: Date | null;
}

@ObjectType('MonthCount', { description: 'A count in one calendar month (WIB), as YYYY-MM.' })
export class MonthCount {
  @Field(() => String)
  month: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('IdeaStatusCount')
export class IdeaStatusCount {
  @Field(() => IdeaStatus)
  status: IdeaStatusValue;

  @Field(() => Int)
  count: number;
}

@ObjectType('IdeaStatistics', { description: 'Ideas posted in the period that the public sees (hidden ones are not counted).' })
export class IdeaStatistics {
  @Field(() => Int)
  total: number;

  @Field(() => [IdeaStatusCount], { description: 'Every status, in the order of the idea lifecycle.' })
  byStatus: IdeaStatusCount[];

  @Field(() => [MonthCount], { description: 'Every month from the first to the last with ideas (or the period’s), gaps as zero.' })
  byMonth: MonthCount[];
}

@ObjectType('InnovationStageStatistics')
export class InnovationStageStatistics {
  @Field(() => InnovationStage)
  stage: InnovationStageValue;

  @Field(() => Int, { description: 'Innovations started in the period that are in this stage now.' })
  count: number;

  @Field(() => Int, { description: 'Stays in this stage that ended (by a move out of it) in the period.' })
  completedStays: number;

  @Field(() => Float, { nullable: true, description: 'The median length of those stays in days (null without any).' })
  medianDays: number | null;
}

@ObjectType('InnovationStatistics')
export class InnovationStatistics {
  @Field(() => Int)
  total: number;

  @Field(() => [InnovationStageStatistics], { description: 'Every stage, in pipeline order.' })
  byStage: InnovationStageStatistics[];
}

@ObjectType('PilotProposalStatusCount')
export class PilotProposalStatusCount {
  @Field(() => PilotProposalStatus)
  status: PilotProposalStatusValue;

  @Field(() => Int)
  count: number;
}

@ObjectType('PilotProposalStatistics', { description: 'Pilot proposals made in the period that the public sees (accepted ones).' })
export class PilotProposalStatistics {
  @Field(() => Int)
  total: number;

  @Field(() => [PilotProposalStatusCount], { description: 'The statuses the public sees, in lifecycle order.' })
  byStatus: PilotProposalStatusCount[];
}

@ObjectType('CourseMonth')
export class CourseMonth {
  @Field(() => String)
  month: string;

  @Field(() => Int)
  enrollments: number;

  @Field(() => Int)
  completions: number;
}

@ObjectType('CourseStatistics', { description: 'Enrolments made (not cancelled) and completions recorded in the period, in published courses.' })
export class CourseStatistics {
  @Field(() => Int)
  enrollments: number;

  @Field(() => Int)
  completions: number;

  @Field(() => [CourseMonth])
  byMonth: CourseMonth[];
}

@ObjectType('SatisfactionFigure', { description: 'The IKM of the responses of one or more closed surveys, pooled (PermenPANRB 14/2017).' })
export class SatisfactionFigure {
  @Field(() => Int)
  surveyCount: number;

  @Field(() => Int)
  responseCount: number;

  @Field(() => Float, { nullable: true, description: 'On 25..100, two decimals; null without responses.' })
  ikm: number | null;

  @Field(() => SurveyGrade, { nullable: true })
  grade: SurveyGradeValue | null;
}

@ObjectType('ServiceSatisfaction', { description: 'A service’s IKM in the month its surveys closed.' })
export class ServiceSatisfaction extends SatisfactionFigure {
  @Field(() => ServiceType)
  service: Service;

  @Field(() => String)
  month: string;
}

@ObjectType('AgencySatisfaction', { description: 'An agency’s IKM over the surveys of its services that closed in the month.' })
export class AgencySatisfaction extends SatisfactionFigure {
  @Field(() => OrganizationType)
  agency: Organization;

  @Field(() => String)
  month: string;
}

@ObjectType('SatisfactionStatistics', { description: 'Surveys that closed in the period.' })
export class SatisfactionStatistics {
  @Field(() => SatisfactionFigure, { description: 'All of them pooled.' })
  overall: SatisfactionFigure;

  @Field(() => [ServiceSatisfaction], { description: 'By service and month (agency, service name, month).' })
  byService: ServiceSatisfaction[];

  @Field(() => [AgencySatisfaction], { description: 'By agency and month (agency name, month).' })
  byAgency: AgencySatisfaction[];
}

/** The figures' scope, read from the filter: each field of Stats runs its own fixed statements over it. */
export type StatisticsScope = { agencyId: string | null; serviceId: string | null; from: Date | null; to: Date | null };

@ObjectType('Stats', { description: 'Public figures of the platform; each field costs a fixed number of statements.' })
export class StatsType {
  scope: StatisticsScope;
}

@ObjectType('IdeaSupport', { description: 'An idea with the votes it received in a recent span.' })
export class IdeaSupport {
  @Field(() => IdeaType)
  idea: Idea;

  @Field(() => Int)
  votes: number;
}
