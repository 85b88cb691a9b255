import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import type { Idea } from '../ideas/idea.entity.js';
import { IdeaType } from '../ideas/idea.type.js';
import type { Innovation } from './innovation.entity.js';
import { innovationLoader } from './innovation.loaders.js';
import { InnovationType } from './innovation.type.js';

@Resolver(() => IdeaType)
export class IdeaInnovationResolver {
  @FieldResolver(() => InnovationType, { nullable: true, description: 'The innovation it became or joined.' })
  innovation(@Root() idea: Idea, @Ctx() context: Context): Promise<Innovation | null> | null {
    return idea.innovationId ? innovationLoader(context).load(idea.innovationId) : null;
  }
}
