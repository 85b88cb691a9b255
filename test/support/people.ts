import { randomUUID } from 'node:crypto';
import type { TestApp } from './app.js';

export type SignedIn = { token: string; id: string; email: string };

const registerMutation = /* GraphQL */ `
  mutation Register($input: RegisterInput!) {
    register(input: $input) { token viewer { id } errors { code field message } }
  }
`;

/** Registers a new person and returns their session token. */
export async function signUp(app: TestApp, displayName = 'Warga Uji'): Promise<SignedIn> {
  const email = `warga-${randomUUID().slice(0, 8)}@example.id`;
  const response = await app.graphql(registerMutation, {
    input: { email, password: 'kata-sandi-rahasia', displayName, acceptPrivacyPolicy: true },
  });
  const payload = response.data?.register;
  if (!payload?.token) throw new Error(`sign-up failed: ${JSON.stringify(response.errors ?? payload?.errors)}`);
  return { token: payload.token, id: payload.viewer.id, email };
}

export async function signIn(app: TestApp, email: string, password: string): Promise<SignedIn> {
  const response = await app.graphql(
    `mutation ($input: LoginInput!) { login(input: $input) { token viewer { id } errors { code message } } }`,
    { input: { email, password } },
  );
  const payload = response.data?.login;
  if (!payload?.token) throw new Error(`sign-in failed: ${JSON.stringify(response.errors ?? payload?.errors)}`);
  return { token: payload.token, id: payload.viewer.id, email };
}

/** Creates an organisation owned by `owner`, verified by the admin unless asked otherwise. */
export async function createOrganization(
  app: TestApp,
  owner: SignedIn,
  admin: SignedIn,
  input: { name: string; kind: 'AGENCY' | 'PARTNER' | 'NGO' | 'TRAINING_INSTITUTE'; verified?: boolean },
): Promise<{ id: string; slug: string }> {
  const created = await app.graphql(
    `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id slug } errors { code message } } }`,
    { input: { name: input.name, kind: input.kind } },
    { token: owner.token },
  );
  const organization = created.data?.createOrganization.organization;
  if (!organization) throw new Error(`createOrganization failed: ${JSON.stringify(created.errors ?? created.data)}`);
  if (input.verified !== false) {
    const verified = await app.graphql(
      `mutation ($input: VerifyOrganizationInput!) { verifyOrganization(input: $input) { errors { message } } }`,
      { input: { organizationId: organization.id } },
      { token: admin.token },
    );
    if (verified.errors || verified.data?.verifyOrganization.errors.length) throw new Error('verifyOrganization failed');
  }
  return organization;
}
