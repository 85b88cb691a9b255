import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../core/connection.js';
import { search } from './search.js';
import { SearchHitConnection } from './search.type.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, { description: 'Ideas, discussions and organisations matching the words, best match first.' })
  search(@Arg('query', () => String) query: string, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return search(context, query, page);
  }
}
