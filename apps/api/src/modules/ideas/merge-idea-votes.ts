import { hotEpoch, hotHalfLifeHours, hotTime } from '@gotong/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Idea } from './idea.entity.js';

/**
 * Gives the target idea the votes of the duplicate: a person who voted for both counts once (the unique constraint
 * skips them), then recounts the target's votes and HOT score from its rows. Both ideas must be locked (lockIdeas).
 */
export async function mergeIdeaVotes(em: EntityManager, duplicate: Idea, target: Idea): Promise<void> {
  await em.execute(
    `insert into idea_votes (id, created_at, updated_at, idea_id, user_id)
     select gen_random_uuid(), created_at, now(), ?, user_id from idea_votes where idea_id = ?
     on conflict (idea_id, user_id) do nothing`,
    [target.id, duplicate.id],
  );
  await em.execute(
    `with weights as (
       select (extract(epoch from created_at) * 1000 - ?) / ? as time from idea_votes where idea_id = ?
       union all select ?::float8
     ), highest as (select max(time) as time from weights)
     update ideas set
       vote_count = (select count(*) from idea_votes where idea_id = ?),
       hot_score = (select highest.time + ln(sum(power(2::float8, greatest(weights.time - highest.time, -60)))) / ln(2) from weights, highest group by highest.time)
     where id = ?`,
    [hotEpoch, hotHalfLifeHours * 3_600_000, target.id, hotTime(target.createdAt), target.id, target.id],
  );
}
