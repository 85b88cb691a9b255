import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import {
  respondentAgeBands,
  respondentEducations,
  respondentGenders,
  respondentOccupations,
  type RespondentAgeBand,
  type RespondentEducation,
  type RespondentGender,
  type RespondentOccupation,
} from '@gotong/domain';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { Survey } from './survey.entity.js';

/**
 * One respondent's answers. One per person (respondent) and one per browser (the hash of the web's respondent-key
 * cookie); either may be absent. Account deletion unlinks the person: the answers stay as anonymous statistics.
 */
@Entity({ tableName: 'survey_responses' })
@Unique({ properties: ['survey', 'respondent'] })
@Unique({ properties: ['survey', 'browserKeyHash'] })
@Index({ properties: ['survey', 'createdAt', 'id'] })
@Index({ properties: ['survey', 'id'] })
@Index({ properties: ['respondent'] })
export class SurveyResponse extends BaseEntity {
  @ManyToOne({ entity: () => Survey, deleteRule: 'cascade' })
  survey: Survey;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  respondent: User | null = null;

  /** SHA-256 of the browser's respondent key, never the key itself. */
  @Property({ type: 'string', length: 64, nullable: true })
  browserKeyHash: string | null = null;

  /** U1..U9, each 1..4. */
  @Property({ type: 'json' })
  answers: number[];

  @Property({ type: 'text', default: '' })
  suggestion: string & Opt = '';

  @Enum({ items: [...respondentGenders], type: 'string', nullable: true })
  gender: RespondentGender | null = null;

  @Enum({ items: [...respondentAgeBands], type: 'string', nullable: true })
  ageBand: RespondentAgeBand | null = null;

  @Enum({ items: [...respondentEducations], type: 'string', nullable: true })
  education: RespondentEducation | null = null;

  @Enum({ items: [...respondentOccupations], type: 'string', nullable: true })
  occupation: RespondentOccupation | null = null;
}
