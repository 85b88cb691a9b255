import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { maySeeModerated } from '../moderation/index.js';
import { canInOrganization } from '../organizations/index.js';
import { Innovation } from './innovation.entity.js';

const shown = ['agency', 'service', 'createdBy'] as const;

/** An innovation's row, whoever asks (for use cases that then check permissions). `refresh` rereads a row another EntityManager changed. */
export function findInnovation(em: EntityManager, id: string, { refresh = false } = {}): Promise<Innovation | null> {
  return em.findOne(Innovation, { id }, { populate: shown, refresh });
}

/** Innovations are public, unless reports or a moderator hid one: then only for moderators and those acting for its agency. */
export async function findVisibleInnovation(context: Context, id: string): Promise<Innovation | null> {
  const innovation = await findInnovation(context.em, id);
  return innovation && (await maySeeModerated(context, innovation, () => canInOrganization(context, 'actFor', innovation.agency))) ? innovation : null;
}

/** The innovation a mutation input names by global id, or a NOT_FOUND UserError on that field. */
export async function findInnovationInput(context: Context, globalId: string, field: string): Promise<Innovation> {
  const id = idOfType(globalId, 'Innovation');
  const innovation = id ? await findVisibleInnovation(context, id) : null;
  if (!innovation) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchInnovation' }, field));
  return innovation;
}

/**
 * For the partners module (which builds on the pipeline): the innovation a pilot proposal names, with its agency
 * (whose officers review the proposal), or null. Takes an EntityManager so it also works inside a transaction.
 */
export function findInnovationForPartner(em: EntityManager, innovationId: string): Promise<Innovation | null> {
  return em.findOne(Innovation, { id: innovationId }, { populate: ['agency'] });
}
