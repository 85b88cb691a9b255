import { respondentProfileDimensionNames, type ProfileRow, type RespondentProfileDimension as Dimension } from '@gotong/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../core/graphql-enum.js';

export const RespondentProfileDimension = enumOf(respondentProfileDimensionNames);
registerEnumType(RespondentProfileDimension, { name: 'RespondentProfileDimension', description: "The SKM report's respondent profile tables." });

@ObjectType('RespondentProfileRow', { description: 'How many respondents gave one value of a profile question, and their share of all responses.' })
export class RespondentProfileRowType {
  @Field(() => String, { nullable: true, description: 'The value (a RespondentGender, RespondentAgeBand, RespondentEducation or RespondentOccupation); null: left out.' })
  value: string | null;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { description: 'count / responses, 0..1.' })
  share: number;
}

@ObjectType('RespondentProfileTable', { description: 'One profile table: every value of the question in order, then those who left it out.' })
export class RespondentProfileTableType {
  @Field(() => RespondentProfileDimension)
  dimension: Dimension;

  @Field(() => [RespondentProfileRowType])
  rows: ProfileRow[];
}

export type SurveyProfile = { dimension: Dimension; rows: ProfileRow[] }[];

@InputType()
export class RecordSurveyFollowUpPlanInput {
  @Field(() => ID)
  surveyId: string;

  @Field(() => String, { description: 'Rencana tindak lanjut: what the agency will do about the results, 20 to 10,000 characters of plain text.' })
  plan: string;
}

@ObjectType('SurveyReport', {
  description:
    "The official SKM report (PermenPANRB 14/2017): results against the minimum sample, the respondent profile, the agency's follow-up plan. Its suggestions are Survey.suggestions; the anonymised responses download as CSV.",
})
export class SurveyReportType {
  @Field(() => String, { description: 'The rencana tindak lanjut; empty until the agency records it.' })
  followUpPlan: string;

  @Field(() => Date, { nullable: true })
  followUpPlanRecordedAt: Date | null;
}
