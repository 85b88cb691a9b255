import { innovationStages, type InnovationStage } from '@gotong/domain';
import { Arg, Args, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../core/connection.js';
import { idOfType } from '../../core/global-id.js';
import { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { pipelineColumnPage } from './innovation-page.js';
import { InnovationConnection, InnovationStage as InnovationStageEnum } from './innovation.type.js';
import { runsPipelineOf } from './pipeline.permissions.js';

@ObjectType('PipelineColumn', { description: "One stage of an agency's board." })
export class PipelineColumnType {
  @Field(() => InnovationStageEnum)
  stage: InnovationStage;

  agency: Organization;
}

@ObjectType('Pipeline', { description: "An agency's innovations grouped by stage: a column per stage, in pipeline order, then PAUSED and DISCONTINUED." })
export class PipelineType {
  @Field(() => OrganizationType)
  agency: Organization;

  @Field(() => [PipelineColumnType])
  columns: PipelineColumnType[];
}

@Resolver(() => PipelineType)
export class PipelineResolver {
  @Query(() => PipelineType, { nullable: true, description: "An agency's pipeline board; null when there is no such agency." })
  async pipeline(@Arg('agencyId', () => ID) agencyId: string, @Ctx() context: Context): Promise<PipelineType | null> {
    const id = idOfType(agencyId, 'Organization');
    const agency = id ? await context.em.findOne(Organization, { id, kind: 'AGENCY' }) : null;
    if (!agency) return null;
    return { agency, columns: innovationStages.map((stage) => ({ stage, agency })) };
  }

  @FieldResolver(() => Boolean, { description: "The viewer runs this agency's pipeline: may create, edit and move its innovations." })
  viewerCanRun(@Root() pipeline: PipelineType, @Ctx() context: Context): Promise<boolean> {
    return runsPipelineOf(context, pipeline.agency);
  }
}

@Resolver(() => PipelineColumnType)
export class PipelineColumnResolver {
  @FieldResolver(() => InnovationConnection, { description: 'The innovations in this stage, the most recently moved first.' })
  innovations(@Root() column: PipelineColumnType, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return pipelineColumnPage(context, column.agency.id, column.stage, page);
  }
}
