import { allowedMoves, gateRequirements, milestoneProgress, missingForGate, nextStage, type InnovationStage } from '@gotong/domain';
import { translatorFor } from '@gotong/messages';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Float, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs, findPage } from '../../core/connection.js';
import { idOfType } from '../../core/global-id.js';
import { toPayload } from '../../core/user-error.js';
import { Locale } from '../accounts/user.type.js';
import { commentCountLoader } from '../comments/comment.loaders.js';
import { commentPage } from '../comments/comment.resolver.js';
import { CommentConnection } from '../comments/comment.type.js';
import { followerCountLoader, viewerFollows } from '../follows/follow.loaders.js';
import { ideaPage } from '../ideas/idea-page.js';
import { connectionReadsOf } from '../ideas/idea-reads.js';
import { IdeaConnection, IdeaOrder } from '../ideas/idea.type.js';
import { advanceInnovation, GateNotMetException } from './advance-innovation.js';
import { createInnovation } from './create-innovation.js';
import { findVisibleInnovation } from './find-innovation.js';
import { InnovationStageChange } from './innovation-stage-change.entity.js';
import type { Innovation } from './innovation.entity.js';
import { gateFactsLoader, linkedIdeaCountLoader } from './innovation.loaders.js';
import { innovationPage } from './innovation-page.js';
import {
  AdoptionChecklistType,
  AdvanceInnovationInput,
  AdvanceInnovationPayload,
  CreateInnovationInput,
  GateRequirementType,
  GateType,
  InnovationConnection,
  InnovationFilter,
  InnovationPayload,
  InnovationStage as InnovationStageEnum,
  InnovationStageChangeConnection,
  InnovationType,
  RecordKpiResultInput,
  RecordKpiResultPayload,
  UpdateInnovationInput,
} from './innovation.type.js';
import { can } from './pipeline.permissions.js';
import { recordKpiResult } from './record-kpi-result.js';
import { updateInnovation } from './update-innovation.js';

const requirement = (code: GateRequirementType['code']): GateRequirementType => ({ code });

function innovationPayload(run: () => Promise<Innovation>) {
  return toPayload(InnovationPayload, run, (payload, innovation) => {
    payload.innovation = innovation;
  });
}

@Resolver(() => InnovationType)
export class InnovationResolver {
  @Query(() => InnovationConnection, { description: 'Innovations, newest first; anyone may read them.' })
  innovations(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => InnovationFilter, { nullable: true }) filter: InnovationFilter | null,
    @Ctx() context: Context,
  ) {
    return innovationPage(context, filter, page);
  }

  @Query(() => InnovationType, { nullable: true })
  innovation(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Innovation | null> | null {
    const innovationId = idOfType(id, 'Innovation');
    return innovationId ? findVisibleInnovation(context, innovationId) : null;
  }

  @FieldResolver(() => AdoptionChecklistType)
  adoption(@Root() innovation: Innovation): AdoptionChecklistType {
    return { socialisation: innovation.socialisation, training: innovation.training, feedbackChannel: innovation.feedbackChannel };
  }

  @FieldResolver(() => Float, { description: 'The share of milestones done, 0 to 1 (0 without milestones).' })
  progress(@Root() innovation: Innovation): number {
    return milestoneProgress(innovation.milestones);
  }

  @FieldResolver(() => Int, { description: 'How many ideas it was born from or that joined it.' })
  linkedIdeaCount(@Root() innovation: Innovation, @Ctx() context: Context): Promise<number> {
    return linkedIdeaCountLoader(context).load(innovation.id);
  }

  @FieldResolver(() => IdeaConnection, { description: 'The ideas it was born from or that joined it.' })
  ideas(@Root() innovation: Innovation, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return ideaPage(context, null, IdeaOrder.NEW, page, { innovationId: innovation.id }, connectionReadsOf(info));
  }

  @FieldResolver(() => InnovationStageChangeConnection, { description: 'Every stage change, oldest first, starting with its creation.' })
  timeline(@Root() innovation: Innovation, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return findPage(
      context.em,
      InnovationStageChange,
      { innovation: innovation.id },
      [{ property: 'createdAt', direction: 'asc' }, { property: 'id', direction: 'asc' }],
      page,
      { populate: ['actor'] },
    );
  }

  @FieldResolver(() => GateType, { nullable: true, description: 'The gate of the next forward move and what it still needs; null when there is no forward move.' })
  async nextGate(@Root() innovation: Innovation, @Ctx() context: Context): Promise<GateType | null> {
    const stage = nextStage(innovation.stage);
    if (!stage) return null;
    const facts = await gateFactsLoader(context).load(innovation);
    return { stage, requirements: gateRequirements(stage, facts).map(requirement), missing: missingForGate(stage, facts).map(requirement) };
  }

  @FieldResolver(() => [InnovationStageEnum], { description: 'The stages the rules allow it to move to now (a forward move still has to pass its gate).' })
  allowedMoves(@Root() innovation: Innovation): InnovationStage[] {
    return allowedMoves(innovation.stage, innovation.pausedFrom);
  }

  @FieldResolver(() => Boolean, { description: "The viewer runs the agency's pipeline and the innovation can still move." })
  viewerCanMove(@Root() innovation: Innovation, @Ctx() context: Context): Promise<boolean> {
    return can(context, 'move', innovation);
  }

  @FieldResolver(() => Boolean)
  viewerCanEdit(@Root() innovation: Innovation, @Ctx() context: Context): Promise<boolean> {
    return can(context, 'edit', innovation);
  }

  @FieldResolver(() => Int)
  commentCount(@Root() innovation: Innovation, @Ctx() context: Context): Promise<number> {
    return commentCountLoader(context, 'Innovation').load(innovation.id);
  }

  @FieldResolver(() => CommentConnection)
  comments(@Root() innovation: Innovation, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return commentPage(context, 'Innovation', innovation.id, page);
  }

  @FieldResolver(() => Boolean)
  viewerFollows(@Root() innovation: Innovation, @Ctx() context: Context): Promise<boolean> {
    return viewerFollows(context, 'Innovation', innovation.id);
  }

  @FieldResolver(() => Int)
  followerCount(@Root() innovation: Innovation, @Ctx() context: Context): Promise<number> {
    return followerCountLoader(context, 'Innovation').load(innovation.id);
  }

  @Mutation(() => InnovationPayload, { description: "An agency's officer starts an innovation from ideas (they become ACCEPTED) or from a written need." })
  createInnovation(@Arg('input', () => CreateInnovationInput) input: CreateInnovationInput, @Ctx() context: Context) {
    return innovationPayload(() => createInnovation(context, input));
  }

  @Mutation(() => InnovationPayload, { description: 'Records title, service, problem, need, KPIs, milestones, pilot, adoption checklist, evaluation and legal basis, and links more ideas.' })
  updateInnovation(@Arg('input', () => UpdateInnovationInput) input: UpdateInnovationInput, @Ctx() context: Context) {
    return innovationPayload(() => updateInnovation(context, input));
  }

  @Mutation(() => RecordKpiResultPayload, { description: "Appends one measured result to a KPI; officers recording at once all keep theirs (the innovation's row lock)." })
  recordKpiResult(@Arg('input', () => RecordKpiResultInput) input: RecordKpiResultInput, @Ctx() context: Context) {
    return toPayload(RecordKpiResultPayload, () => recordKpiResult(context, input), (payload, result) => {
      payload.innovation = result.innovation;
      payload.kpi = result.kpi;
    });
  }

  @Mutation(() => AdvanceInnovationPayload, {
    description: 'Moves an innovation: forward one stage through its gate, back with a reason, pause or discontinue with a reason, resume from a pause.',
  })
  async advanceInnovation(@Arg('input', () => AdvanceInnovationInput) input: AdvanceInnovationInput, @Ctx() context: Context) {
    let unmet: GateRequirementType[] = [];
    const payload = await toPayload(
      AdvanceInnovationPayload,
      async () => {
        try {
          return await advanceInnovation(context, input);
        } catch (error) {
          if (error instanceof GateNotMetException) unmet = error.missing.map(requirement);
          throw error;
        }
      },
      (payload, result) => {
        payload.innovation = result.innovation;
        payload.stageChange = result.stageChange;
      },
    );
    payload.unmetRequirements = unmet;
    return payload;
  }
}

@Resolver(() => GateRequirementType)
export class GateRequirementResolver {
  @FieldResolver(() => String)
  label(@Root() requirement: GateRequirementType, @Arg('locale', () => Locale, { nullable: true, defaultValue: Locale.id }) locale: Locale): string {
    return translatorFor(locale)(`gateRequirement.${requirement.code}`);
  }
}
