import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';
import { addMember } from './pilot-proposals-support.js';

const removeMember = `mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { errors { code field } } }`;
const changeRole = `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { errors { code field } } }`;
const deleteMyAccount = `mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code } } }`;
const owners = `query ($slug: String!) { organization(slug: $slug) { members(first: 20) { edges { node { role user { id } } } } } }`;

describe('security: the last-owner rule holds under concurrent changes (finding 7)', () => {
  let app: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '10000' } });
    admin = await signIn(app, testAdmin.email, testAdmin.password);
  });
  afterAll(() => app?.close());

  async function twoOwners(round: number) {
    const first = await signUp(app, `Pemilik A ${round}`);
    const second = await signUp(app, `Pemilik B ${round}`);
    const organization = await createOrganization(app, first, admin, { name: `Yayasan Dua Pemilik ${round}`, kind: 'NGO' });
    await addMember(app, first, organization.id, second.email, 'OWNER');
    return { first, second, organization };
  }

  async function ownerIds(slug: string): Promise<string[]> {
    const response = await app.graphql(owners, { slug }, { token: admin.token });
    const edges = response.data!.organization.members.edges as { node: { role: string; user: { id: string } } }[];
    return edges.filter((edge) => edge.node.role === 'OWNER').map((edge) => edge.node.user.id);
  }

  it('two owners leaving at once: one leaves, the other is told they are the last owner', async () => {
    for (let round = 0; round < 6; round += 1) {
      const { first, second, organization } = await twoOwners(round);
      const leave = (who: SignedIn) => app.graphql(removeMember, { input: { organizationId: organization.id, userId: who.id } }, { token: who.token });
      const answers = await Promise.all([leave(first), leave(second)]);
      const errors = answers.map((answer) => answer.data?.removeMember.errors);
      expect(errors.filter((list) => list?.length === 0)).toHaveLength(1);
      expect(errors.flat()).toEqual([{ code: 'NOT_ALLOWED_NOW', field: 'input.userId' }]);
      expect(await ownerIds(organization.slug)).toHaveLength(1);
    }
  });

  it('two owners demoting each other at once: one demotion happens, the organisation keeps an owner', async () => {
    for (let round = 0; round < 6; round += 1) {
      const { first, second, organization } = await twoOwners(10 + round);
      const demote = (who: SignedIn, whom: SignedIn) =>
        app.graphql(changeRole, { input: { organizationId: organization.id, userId: whom.id, role: 'MEMBER' } }, { token: who.token });
      const answers = await Promise.all([demote(first, second), demote(second, first)]);
      const succeeded = answers.filter((answer) => answer.data?.changeMemberRole.errors.length === 0);
      expect(succeeded).toHaveLength(1);
      // The loser was either the last owner by then, or no longer an owner at all.
      const refused = answers.find((answer) => answer !== succeeded[0])!;
      expect(refused.data?.changeMemberRole?.errors[0]?.code ?? refused.errors?.[0].extensions?.code).toMatch(/^(NOT_ALLOWED_NOW|FORBIDDEN)$/);
      expect(await ownerIds(organization.slug)).toHaveLength(1);
    }
  });

  it('two owners deleting their accounts at once, or one deleting while the other leaves: an owner always remains', async () => {
    for (let round = 0; round < 4; round += 1) {
      const { first, second, organization } = await twoOwners(20 + round);
      const deleteAccount = (who: SignedIn) => app.graphql(deleteMyAccount, { input: { password: 'kata-sandi-rahasia' } }, { token: who.token });
      const leave = (who: SignedIn) => app.graphql(removeMember, { input: { organizationId: organization.id, userId: who.id } }, { token: who.token });
      const answers = await Promise.all(round % 2 === 0 ? [deleteAccount(first), deleteAccount(second)] : [deleteAccount(first), leave(second)]);
      const errors = answers.map((answer) => answer.data?.deleteMyAccount?.errors ?? answer.data?.removeMember?.errors);
      expect(errors.filter((list) => list?.length === 0)).toHaveLength(1);
      expect(errors.flat()).toEqual([{ code: 'NOT_ALLOWED_NOW' }].map((error) => expect.objectContaining(error)));
      expect(await ownerIds(organization.slug)).toHaveLength(1);
    }
  });
});
