import { createApiTokenSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { findPage, type PageArgs } from '../../core/connection.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { requireSessionViewer } from './accounts.permissions.js';
import { ApiToken } from './api-token.entity.js';
import type { CreateApiTokenInput, RevokeApiTokenInput } from './account.inputs.js';
import { hashSessionToken, newApiTokenSecret } from './session-token.js';

/** How many live tokens one person may hold: enough for every partner system, few enough to review. */
const maxLiveTokens = 20;

/** Issues a token acting as the viewer within its scopes; the secret is returned this once and stored only hashed. */
export async function createApiToken(context: Context, input: CreateApiTokenInput): Promise<{ apiToken: ApiToken; secret: string }> {
  const viewer = requireSessionViewer(context);
  const data = validateInput(createApiTokenSchema, input);
  const { em } = context;
  if ((await em.count(ApiToken, { user: viewer.id, revokedAt: null, expiresAt: { $gt: new Date() } })) >= maxLiveTokens) {
    throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'error.tooManyTokens', params: { count: maxLiveTokens } }));
  }
  const secret = newApiTokenSecret();
  const apiToken = em.create(ApiToken, {
    user: viewer,
    name: data.name,
    scopes: [...new Set(data.scopes)].sort(),
    tokenHash: hashSessionToken(secret),
    expiresAt: data.expiresAt,
  });
  await em.flush();
  return { apiToken, secret };
}

/** The viewer's tokens that are not revoked (expired ones too, marked by their date), the newest first. */
export function viewerApiTokens(context: Context, page: PageArgs) {
  const viewer = requireSessionViewer(context);
  return findPage(
    context.em,
    ApiToken,
    { user: viewer.id, revokedAt: null },
    [
      { property: 'createdAt', direction: 'desc' },
      { property: 'id', direction: 'desc' },
    ],
    page,
  );
}

/** Revokes one of the viewer's tokens: the next request with it is refused, on every process. */
export async function revokeApiToken(context: Context, input: RevokeApiTokenInput): Promise<ApiToken> {
  const viewer = requireSessionViewer(context);
  const id = idOfType(input.id, 'ApiToken');
  const apiToken = id ? await context.em.findOne(ApiToken, { id, user: viewer.id, revokedAt: null }) : null;
  if (!apiToken) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchToken' }, 'input.id'));
  apiToken.revokedAt = new Date();
  await context.em.flush();
  return apiToken;
}
