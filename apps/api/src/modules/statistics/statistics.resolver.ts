import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { unhiddenFilter } from '../moderation/index.js';
import { Innovation } from '../pipeline/innovation.entity.js';
import { ResponseStepRecordType } from '../responses/index.js';
import { InnovationType } from '../pipeline/innovation.type.js';
import { agenciesTakingPart } from './agencies-taking-part.js';
import { courseStatistics } from './course-statistics.js';
import { ideaStatistics } from './idea-statistics.js';
import { innovationStatistics } from './innovation-statistics.js';
import { mostSupportedIdeas } from './most-supported-ideas.js';
import { pilotProposalStatistics } from './pilot-proposal-statistics.js';
import { responseStatistics } from './response-statistics.js';
import { satisfactionStatistics } from './satisfaction-statistics.js';
import { scopeOf } from './statistics-scope.js';
import {
  CourseStatistics,
  IdeaStatistics,
  IdeaSupport,
  InnovationStatistics,
  PilotProposalStatistics,
  SatisfactionStatistics,
  StatsFilter,
  StatsType,
} from './statistics.type.js';

/** The home page's short lists take at most this many. */
const maxShortList = 20;
const clampFirst = (first: number) => Math.max(0, Math.min(maxShortList, Math.trunc(first)));

@Resolver(() => StatsType)
export class StatsResolver {
  @Query(() => StatsType, { description: 'Public figures (what anyone may see), narrowed by the filter.' })
  stats(@Arg('filter', () => StatsFilter, { nullable: true }) filter: StatsFilter | null): StatsType {
    const stats = new StatsType();
    stats.scope = scopeOf(filter);
    return stats;
  }

  @FieldResolver(() => IdeaStatistics)
  ideas(@Root() stats: StatsType, @Ctx() context: Context) {
    return ideaStatistics(context, stats.scope);
  }

  @FieldResolver(() => InnovationStatistics)
  innovations(@Root() stats: StatsType, @Ctx() context: Context) {
    return innovationStatistics(context, stats.scope);
  }

  @FieldResolver(() => PilotProposalStatistics)
  pilotProposals(@Root() stats: StatsType, @Ctx() context: Context) {
    return pilotProposalStatistics(context, stats.scope);
  }

  @FieldResolver(() => CourseStatistics)
  courses(@Root() stats: StatsType, @Ctx() context: Context) {
    return courseStatistics(context, stats.scope);
  }

  @FieldResolver(() => SatisfactionStatistics)
  satisfaction(@Root() stats: StatsType, @Ctx() context: Context) {
    return satisfactionStatistics(context, stats.scope);
  }

  @FieldResolver(() => [ResponseStepRecordType], {
    description: 'The response clocks of problems addressed to agencies, started in the scope, per step: how many were answered and how fast.',
  })
  responses(@Root() stats: StatsType, @Ctx() context: Context) {
    return responseStatistics(context, stats.scope);
  }

  @FieldResolver(() => Int, { description: 'Verified agencies with an idea addressed to them, an innovation started or a survey closed in the scope.' })
  agenciesTakingPart(@Root() stats: StatsType, @Ctx() context: Context) {
    return agenciesTakingPart(context, stats.scope);
  }
}

@Resolver()
export class HighlightsResolver {
  @Query(() => [IdeaSupport], { description: 'The ideas with the most votes in the last `days` days (at most 20).' })
  mostSupportedIdeas(
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
    @Arg('days', () => Int, { defaultValue: 7 }) days: number,
    @Ctx() context: Context,
  ) {
    const span = Math.max(1, Math.min(366, Math.trunc(days)));
    return mostSupportedIdeas(context, new Date(Date.now() - span * 86_400_000), clampFirst(first));
  }

  @Query(() => [InnovationType], { description: 'The innovations institutionalised most recently (at most 20).' })
  recentlyInstitutionalizedInnovations(@Arg('first', () => Int, { defaultValue: 3 }) first: number, @Ctx() context: Context) {
    return context.em.find(
      Innovation,
      { $and: [{ stage: 'INSTITUTIONALIZED' }, unhiddenFilter<Innovation>(context)] },
      { orderBy: { stageEnteredAt: 'desc', id: 'desc' }, limit: clampFirst(first), populate: ['agency', 'service', 'createdBy'] },
    );
  }
}
