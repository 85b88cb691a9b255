import {
  respondentAgeBands,
  respondentEducations,
  respondentGenders,
  respondentOccupations,
  surveyElementCodes,
  surveyGrades,
  type SurveyElementResult,
  type SurveyGrade as Grade,
} from '@gotong/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { enumOf } from '../../core/graphql-enum.js';
import { Node } from '../../core/node.js';
import { Payload } from '../../core/user-error.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import type { Service } from '../services/service.entity.js';
import { ServiceType } from '../services/service.type.js';
import type { SurveyResponse } from './survey-response.entity.js';
import type { Survey } from './survey.entity.js';

export const SurveyElementCode = enumOf(surveyElementCodes);
registerEnumType(SurveyElementCode, { name: 'SurveyElementCode', description: 'The nine elements (unsur) of PermenPANRB 14/2017, U1..U9.' });
export const SurveyGrade = enumOf(surveyGrades);
registerEnumType(SurveyGrade, { name: 'SurveyGrade', description: 'Mutu pelayanan: A ≥ 88.31, B ≥ 76.61, C ≥ 65.00, else D (on the IKM rounded to two decimals).' });
export const RespondentGender = enumOf(respondentGenders);
registerEnumType(RespondentGender, { name: 'RespondentGender' });
export const RespondentAgeBand = enumOf(respondentAgeBands);
registerEnumType(RespondentAgeBand, { name: 'RespondentAgeBand' });
export const RespondentEducation = enumOf(respondentEducations);
registerEnumType(RespondentEducation, { name: 'RespondentEducation', description: 'SD, SMP, SMA/SMK, D1–D3, D4/S1, S2 and above.' });
export const RespondentOccupation = enumOf(respondentOccupations);
registerEnumType(RespondentOccupation, { name: 'RespondentOccupation' });

@ObjectType('Survey', { implements: Node, description: 'A satisfaction survey (SKM) of a public service for one period; public, answered without an account.' })
export class SurveyType extends Node {
  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'e.g. "Semester I 2026".' })
  period: string;

  @Field(() => ServiceType)
  service: Service;

  @Field(() => OrganizationType, { description: "The service's agency." })
  agency: Organization;

  @Field(() => Date)
  opensAt: Date;

  @Field(() => Date, { description: 'When it closed or will close (moved earlier when an officer closes it early).' })
  closesAt: Date;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('SurveyElementResult', { description: "One element's result: its average answer (NRR) and that times exactly 1/9." })
export class SurveyElementResultType {
  @Field(() => SurveyElementCode)
  code: SurveyElementResult['code'];

  @Field(() => Float, { description: 'Nilai rata-rata, 1..4.' })
  nrr: number;

  @Field(() => Float, { description: 'NRR × 1/9.' })
  weightedNrr: number;

  @Field(() => Float, { description: "The element's own score: NRR × 25, rounded half-up to two decimals (25..100)." })
  score: number;

  @Field(() => SurveyGrade, { description: "The element's grade (mutu pelayanan) on its score." })
  grade: Grade;
}

/** The results as @gotong/domain computes them, with the sample the service's population asks for. */
export type SurveyResults = {
  responseCount: number;
  minimumSample: number | null;
  sufficient: boolean | null;
  elements: SurveyElementResult[];
  index: number | null;
  ikm: number | null;
  grade: Grade | null;
};

@ObjectType('SurveyResults', { description: 'Results per element and overall; the index, IKM and grade are null until the first response.' })
export class SurveyResultsType {
  @Field(() => Int)
  responseCount: number;

  @Field(() => Int, { nullable: true, description: "Krejcie and Morgan's minimum sample for the service's population; null when the population is unknown." })
  minimumSample: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the responses reach the minimum sample; null when it is unknown.' })
  sufficient: boolean | null;

  @Field(() => [SurveyElementResultType], { description: 'U1..U9; empty until the first response.' })
  elements: SurveyElementResult[];

  @Field(() => Float, { nullable: true, description: 'The sum of the weighted NRRs, on 1..4.' })
  index: number | null;

  @Field(() => Float, { nullable: true, description: 'Indeks Kepuasan Masyarakat: the index × 25, rounded half-up to two decimals (25..100).' })
  ikm: number | null;

  @Field(() => SurveyGrade, { nullable: true, description: 'Mutu pelayanan, graded on the rounded IKM.' })
  grade: Grade | null;
}

@ObjectType('SurveySuggestion', { description: "A respondent's suggestion, without who wrote it." })
export class SurveySuggestionType {
  @Field(() => String, { name: 'text' })
  suggestion: string;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('InnovationSatisfaction', { description: "The IKM of the innovation's target service before and after implementation." })
export class InnovationSatisfactionType {
  @Field(() => SurveyType, { nullable: true, description: 'The last survey of the service closed before implementation started.' })
  before: Survey | null;

  @Field(() => SurveyType, { nullable: true, description: 'The first closed survey of the service that opened after implementation started.' })
  after: Survey | null;
}

@ObjectType()
export class SurveyConnection extends ConnectionType(SurveyType, 'Survey') {}

@ObjectType()
export class SurveySuggestionConnection extends ConnectionType(SurveySuggestionType, 'SurveySuggestion') {}

@InputType()
export class SurveyFilter {
  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: taking answers now; false: closed. Absent: all.' })
  open?: boolean | null;
}

@InputType()
export class CreateSurveyInput {
  @Field(() => ID, { description: 'One of the agency\'s services.' })
  serviceId: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'e.g. "Semester I 2026".' })
  period: string;

  @Field(() => Date)
  opensAt: Date;

  @Field(() => Date)
  closesAt: Date;
}

@InputType()
export class CloseSurveyInput {
  @Field(() => ID)
  surveyId: string;
}

@InputType({ description: 'Answers U1..U9 (1..4 each) and the optional suggestion and respondent profile.' })
export class SubmitSurveyResponseInput {
  @Field(() => ID)
  surveyId: string;

  @Field(() => [Int], { description: 'Nine answers, U1..U9 in order, each 1 (tidak sesuai) to 4 (sangat sesuai).' })
  answers: number[];

  @Field(() => String, { nullable: true, description: "A browser's random respondent key (the web keeps it in a cookie); required without an account." })
  respondentKey?: string | null;

  @Field(() => String, { nullable: true })
  suggestion?: string | null;

  @Field(() => RespondentGender, { nullable: true })
  gender?: SurveyResponse['gender'];

  @Field(() => RespondentAgeBand, { nullable: true })
  ageBand?: SurveyResponse['ageBand'];

  @Field(() => RespondentEducation, { nullable: true })
  education?: SurveyResponse['education'];

  @Field(() => RespondentOccupation, { nullable: true })
  occupation?: SurveyResponse['occupation'];
}

@ObjectType()
export class SurveyPayload extends Payload {
  @Field(() => SurveyType, { nullable: true })
  survey: Survey | null = null;
}
