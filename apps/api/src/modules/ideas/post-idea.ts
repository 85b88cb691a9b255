import { hotTime, postIdeaSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { requireConfirmedEmail } from '../accounts/index.js';
import { publish } from '../../core/events.js';
import { idOfType } from '../../core/global-id.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError, type UserErrorMessage } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { renderMarkdown } from '../comments/render-markdown.js';
import { findOrganizationInput } from '../organizations/find-organization.js';
import type { Organization } from '../organizations/organization.entity.js';
import { viewerRole } from '../organizations/organizations.permissions.js';
import { Service } from '../services/service.entity.js';
import { Idea } from './idea.entity.js';
import type { PostIdeaInput } from './idea.type.js';

const invalid = (message: UserErrorMessage, field: string) => new UserErrorException(userError(UserErrorCode.INVALID, message, field));

async function findService(context: Context, globalId: string): Promise<Service> {
  const id = idOfType(globalId, 'Service');
  const service = id ? await context.em.findOne(Service, { id }, { populate: ['agency'] }) : null;
  if (!service) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchService' }, 'input.serviceId'));
  return service;
}

/** The agency an idea is addressed to: the one named (an AGENCY) or else the service's; both must agree. */
async function addressedAgency(context: Context, input: PostIdeaInput, service: Service | null): Promise<Organization | null> {
  if (!input.agencyId) return service?.agency ?? null;
  const agency = await findOrganizationInput(context, input.agencyId, 'input.agencyId');
  if (agency.kind !== 'AGENCY') throw invalid({ key: 'error.ideasOnlyToAgencies' }, 'input.agencyId');
  if (service && service.agency.id !== agency.id) throw invalid({ key: 'error.serviceOfAnotherAgency' }, 'input.serviceId');
  return agency;
}

/** The organisation posted for: verified, and the viewer one of its members. */
async function postingOrganization(context: Context, globalId: string | null | undefined): Promise<Organization | null> {
  if (!globalId) return null;
  const organization = await findOrganizationInput(context, globalId, 'input.organizationId');
  if (!(await viewerRole(context, organization))) throw invalid({ key: 'error.notMemberOfOrganization' }, 'input.organizationId');
  if (!organization.verifiedAt) {
    throw new UserErrorException(userError(UserErrorCode.NOT_VERIFIED, { key: 'error.organizationNotVerified' }, 'input.organizationId'));
  }
  return organization;
}

export async function postIdea(context: Context, input: PostIdeaInput): Promise<Idea> {
  requireConfirmedEmail(context);
  const author = requireViewer(context);
  const data = validateInput(postIdeaSchema, { kind: input.kind, title: input.title, body: input.body, tags: input.tags ?? [] });
  const service = input.serviceId ? await findService(context, input.serviceId) : null;
  const agency = await addressedAgency(context, input, service);
  const organization = await postingOrganization(context, input.organizationId);
  const idea = context.em.create(Idea, {
    kind: data.kind,
    title: data.title,
    body: data.body,
    bodyHtml: renderMarkdown(data.body),
    tags: data.tags,
    author,
    organization,
    agency,
    service,
  });
  idea.hotScore = hotTime(idea.createdAt);
  await context.em.flush();
  await publish(context, Topic.IdeaPosted, { ideaId: idea.id });
  return idea;
}
