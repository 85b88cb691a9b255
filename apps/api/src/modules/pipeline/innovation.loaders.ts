import type { GateFacts } from '@gotong/domain';
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { gateFactsOf, linkedIdeaCounts } from './gate-facts.js';
import { unhiddenFilter } from '../moderation/index.js';
import { Innovation } from './innovation.entity.js';

/** The gate facts of every innovation a page shows, in one round of statements. */
export function gateFactsLoader(context: Context) {
  return context.loader('pipeline.gateFacts', () =>
    new DataLoader<Innovation, GateFacts, string>(
      async (innovations) => {
        const facts = await gateFactsOf(context.em, innovations);
        return innovations.map((innovation) => facts.get(innovation.id)!);
      },
      { cacheKeyFn: (innovation) => innovation.id },
    ),
  );
}

export function linkedIdeaCountLoader(context: Context) {
  return context.loader('pipeline.linkedIdeaCount', () => new DataLoader<string, number>(async (innovationIds) => {
    const counts = await linkedIdeaCounts(context.em, innovationIds);
    return innovationIds.map((id) => counts.get(id) ?? 0);
  }));
}

/** Innovations by id, e.g. for a page of ideas that show the innovation they joined. */
export function innovationLoader(context: Context) {
  return context.loader('pipeline.innovation', () => new DataLoader<string, Innovation | null>(async (ids) => {
    const innovations = await context.em.find(Innovation, { $and: [{ id: { $in: [...ids] } }, unhiddenFilter<Innovation>(context)] }, { populate: ['agency'] });
    const byId = new Map(innovations.map((innovation) => [innovation.id, innovation]));
    return ids.map((id) => byId.get(id) ?? null);
  }));
}
