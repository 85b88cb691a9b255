import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../core/connection.js';
import { search } from './search.js';
import { SearchHitConnection, SearchKind } from './search.type.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description:
      'Ideas, discussions, innovations, courses, services, organisations and surveys the viewer may see, matching every word (accents, case and small typos forgiven, the last word also as a prefix), best match first.',
  })
  search(
    @Arg('query', () => String) query: string,
    @Arg('kinds', () => [SearchKind], { nullable: true, description: 'Only these kinds; all when omitted.' }) kinds: SearchKind[] | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ) {
    return search(context, query, kinds, page);
  }
}
