import { randomUUID } from 'node:crypto';
import type { TestApp } from './app.js';

export type SignedIn = { token: string; id: string; email: string };

const registerMutation = /* GraphQL */ `
  mutation Register($input: RegisterInput!) {
    register(input: $input) { token viewer { id } errors { code field message } }
  }
`;

/** Registers a new person and returns their session token. */
export async function signUp(app: Pick<TestApp, 'graphql'>, displayName = 'Warga Uji'): Promise<SignedIn> {
  const email = `warga-${randomUUID().slice(0, 8)}@example.id`;
  const response = await app.graphql(registerMutation, {
    input: { email, password: 'kata-sandi-rahasia', displayName, acceptPrivacyPolicy: true },
  });
  const payload = response.data?.register;
  if (!payload?.token) throw new Error(`sign-up failed: ${JSON.stringify(response.errors ?? payload?.errors)}`);
  return { token: payload.token, id: payload.viewer.id, email };
}

export async function signIn(app: Pick<TestApp, 'graphql'>, email: string, password: string): Promise<SignedIn> {
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

/**
 * An agency with one service, its owner, an officer and a plain member, and the people its tests refuse: a citizen,
 * the owner of a verified partner and the owner of another agency.
 */
export async function agencyWithService(
  app: TestApp,
  admin: SignedIn,
  names: { agency: string; otherAgency: string; partner: string; officer: string; otherOfficer: string; service: { name: string; population?: number } },
) {
  const owner = await signUp(app, 'Kepala Dinas');
  const officer = await signUp(app, names.officer);
  const staffMember = await signUp(app, 'Staf Biasa');
  const citizen = await signUp(app, 'Siti Warga');
  const partner = await signUp(app, 'Mitra Teknologi');
  const otherOfficer = await signUp(app, names.otherOfficer);
  const agency = await createOrganization(app, owner, admin, { name: names.agency, kind: 'AGENCY' });
  const otherAgency = await createOrganization(app, otherOfficer, admin, { name: names.otherAgency, kind: 'AGENCY' });
  await createOrganization(app, partner, admin, { name: names.partner, kind: 'PARTNER' });
  for (const [person, role] of [[officer, 'OFFICER'], [staffMember, 'MEMBER']] as const) {
    const added = await app.graphql(`mutation ($input: AddMemberInput!) { addMember(input: $input) { errors { code } } }`, { input: { organizationId: agency.id, email: person.email, role } }, { token: owner.token });
    if (added.errors || added.data?.addMember.errors.length) throw new Error(`addMember failed: ${JSON.stringify(added.errors ?? added.data)}`);
  }
  const service = await app.graphql(
    `mutation ($input: CreateServiceInput!) { createService(input: $input) { service { id } errors { code } } }`,
    { input: { agencyId: agency.id, ...names.service } },
    { token: owner.token },
  );
  const serviceId: string | undefined = service.data?.createService.service?.id;
  if (!serviceId) throw new Error(`createService failed: ${JSON.stringify(service.errors ?? service.data)}`);
  return { owner, officer, staffMember, citizen, partner, otherOfficer, agency, otherAgency, serviceId };
}
