import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { ideaFields, postIdea, postIdeaMutation, reviewMutation, vote } from '../support/ideas.js';
import { createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';

const editMutation = `mutation ($input: EditIdeaInput!) { editIdea(input: $input) { idea { title body bodyHtml tags } errors { code field } } }`;
const ideaQuery = `query ($id: ID!) { idea(id: $id) { ${ideaFields} } }`;
const feedQuery = `query ($first: Int, $after: String, $orderBy: IdeaOrder, $filter: IdeaFilter) {
  ideas(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id title voteCount commentCount viewerHasVoted author { displayName } agency { name } } }
  }
}`;

describe('ideas', () => {
  let app: TestApp;
  let admin: SignedIn;
  let officer: SignedIn;
  let citizen: SignedIn;
  let agency: { id: string; slug: string };
  let otherAgency: { id: string; slug: string };
  let serviceId: string;

  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '10000' } });
    admin = await signIn(app, testAdmin.email, testAdmin.password);
    officer = await signUp(app, 'Petugas Dukcapil');
    citizen = await signUp(app, 'Siti Warga');
    agency = await createOrganization(app, officer, admin, { name: 'Disdukcapil Kota Uji', kind: 'AGENCY' });
    otherAgency = await createOrganization(app, await signUp(app), admin, { name: 'Bapenda Kota Uji', kind: 'AGENCY' });
    const service = await app.graphql(
      `mutation ($input: CreateServiceInput!) { createService(input: $input) { service { id } errors { code } } }`,
      { input: { agencyId: agency.id, name: 'Penerbitan KTP Elektronik' } },
      { token: officer.token },
    );
    serviceId = service.data!.createService.service.id;
  });
  afterAll(() => app?.close());

  it('refuses postIdea without a session', async () => {
    const response = await app.graphql(postIdeaMutation, { input: { kind: 'PROBLEM', title: 'Judul yang cukup panjang', body: 'Isi gagasan yang cukup panjang untuk lolos.' } });
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('posts an idea addressed to the agency of its service, with markdown rendered safely', async () => {
    const idea = await postIdea(app, citizen, {
      title: 'Antrean KTP-el <b>terlalu</b> panjang',
      body: 'Lihat **jadwal** di [situs](https://dukcapil.example.id).\n\n<script>alert("x")</script><img src=x onerror=alert(1)>',
      tags: ['KTP', 'antrean', 'ktp'],
      serviceId,
    });
    expect(idea).toMatchObject({
      kind: 'PROBLEM',
      status: 'OPEN',
      tags: ['ktp', 'antrean'],
      voteCount: 0,
      commentCount: 0,
      viewerCanEdit: true,
      viewerCanVote: true,
      agency: { id: agency.id },
      service: { id: serviceId },
      author: { id: citizen.id },
    });
    expect(idea.bodyHtml).toContain('<strong>jadwal</strong>');
    expect(idea.bodyHtml).toContain('<a href="https://dukcapil.example.id" rel="nofollow ugc noopener">situs</a>');
    expect(idea.bodyHtml).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
    const fetched = await app.graphql(ideaQuery, { id: idea.id });
    expect(fetched.data?.idea.bodyHtml).toBe(idea.bodyHtml);
    expect(fetched.data?.idea.body).toContain('<script>'); // the markdown source, served as text for editing
    const node = await app.graphql(`query ($id: ID!) { node(id: $id) { ... on Idea { title } } }`, { id: idea.id });
    expect(node.data?.node.title).toBe('Antrean KTP-el <b>terlalu</b> panjang');
  });

  it('gives a clear UserError for an empty or an oversized title, and saves nothing', async () => {
    const before = (await app.graphql(feedQuery, { first: 0 })).data!.ideas.totalCount;
    const empty = await app.graphql(postIdeaMutation, { input: { kind: 'PROBLEM', title: '   ', body: 'Isi gagasan yang cukup panjang untuk lolos.' } }, { token: citizen.token });
    expect(empty.data?.postIdea.errors).toEqual([{ code: 'REQUIRED', field: 'input.title', message: expect.any(String) }]);
    const long = await app.graphql(postIdeaMutation, { input: { kind: 'PROBLEM', title: 'x'.repeat(50_000), body: 'Isi gagasan yang cukup panjang untuk lolos.' } }, { token: citizen.token });
    expect(long.data?.postIdea.errors).toEqual([{ code: 'TOO_LONG', field: 'input.title', message: expect.any(String) }]);
    // 10 MB never reaches the resolver: the request body limit answers first, with a clear status.
    const huge = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${citizen.token}` },
      body: JSON.stringify({ query: postIdeaMutation, variables: { input: { kind: 'PROBLEM', title: 'x'.repeat(10 * 1024 * 1024), body: 'isi' } } }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0]).toEqual({
      message: 'The request is larger than the 100 KB a request may carry; shorten the text.',
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
    const badTags = await app.graphql(postIdeaMutation, { input: { kind: 'SOLUTION', title: 'Judul yang cukup panjang', body: 'Isi gagasan yang cukup panjang untuk lolos.', tags: ['<script>'] } }, { token: citizen.token });
    expect(badTags.data?.postIdea.errors).toEqual([{ code: 'INVALID', field: 'input.tags.0', message: expect.any(String) }]);
    expect((await app.graphql(feedQuery, { first: 0 })).data!.ideas.totalCount).toBe(before);
  });

  it('checks the agency, the service and the organisation posted for', async () => {
    const ngoOwner = await signUp(app);
    const ngo = await createOrganization(app, ngoOwner, admin, { name: 'Yayasan Warga Uji', kind: 'NGO' });
    const unverified = await createOrganization(app, ngoOwner, admin, { name: 'Komunitas Belum Terverifikasi', kind: 'NGO', verified: false });
    const post = (author: SignedIn, input: Record<string, unknown>) =>
      app.graphql(postIdeaMutation, { input: { kind: 'SOLUTION', title: 'Layanan antar dokumen kependudukan', body: 'Dokumen yang sudah jadi diantar ke rumah warga lewat pos.', ...input } }, { token: author.token });
    expect((await post(citizen, { agencyId: ngo.id })).data?.postIdea.errors).toMatchObject([{ code: 'INVALID', field: 'input.agencyId' }]);
    expect((await post(citizen, { agencyId: otherAgency.id, serviceId })).data?.postIdea.errors).toMatchObject([{ code: 'INVALID', field: 'input.serviceId' }]);
    expect((await post(citizen, { organizationId: ngo.id })).data?.postIdea.errors).toMatchObject([{ code: 'INVALID', field: 'input.organizationId' }]);
    expect((await post(ngoOwner, { organizationId: unverified.id })).data?.postIdea.errors).toMatchObject([{ code: 'NOT_VERIFIED', field: 'input.organizationId' }]);
    const onBehalf = await post(ngoOwner, { organizationId: ngo.id, agencyId: agency.id });
    expect(onBehalf.data?.postIdea).toMatchObject({ idea: { organization: { id: ngo.id }, agency: { id: agency.id } }, errors: [] });
    const page = await app.graphql(`query ($slug: String!) { organization(slug: $slug) { ideas(first: 5) { edges { node { id } } } } }`, { slug: ngo.slug });
    expect(page.data?.organization.ideas.edges).toEqual([{ node: { id: onBehalf.data!.postIdea.idea.id } }]);
  });

  it('lets only the author edit, and only while the idea is open', async () => {
    const idea = await postIdea(app, citizen, { agencyId: agency.id });
    const input = { ideaId: idea.id, title: 'Antrean KTP-el perlu nomor daring', tags: ['antrean'] };
    expect((await app.graphql(editMutation, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.graphql(editMutation, { input }, { token: officer.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const edited = await app.graphql(editMutation, { input: { ...input, body: 'Baru: **nomor antrean daring**.\nSilakan.' } }, { token: citizen.token });
    expect(edited.data?.editIdea).toMatchObject({ idea: { title: input.title, tags: ['antrean'] }, errors: [] });
    expect(edited.data?.editIdea.idea.bodyHtml).toContain('<strong>nomor antrean daring</strong>');
    const invalid = await app.graphql(editMutation, { input: { ideaId: idea.id, title: '' } }, { token: citizen.token });
    expect(invalid.data?.editIdea.errors).toEqual([{ code: 'REQUIRED', field: 'input.title' }]);
    await app.graphql(reviewMutation, { input: { ideaId: idea.id, status: 'UNDER_REVIEW' } }, { token: officer.token });
    const late = await app.graphql(editMutation, { input }, { token: citizen.token });
    expect(late.data?.editIdea.errors).toEqual([{ code: 'NOT_ALLOWED_NOW', field: 'input.ideaId' }]);
    const unchanged = await app.graphql(ideaQuery, { id: idea.id });
    expect(unchanged.data?.idea.title).toBe(input.title);
  });

  it("lets only the addressed agency's officers (and admins) review, declining with a public reason", async () => {
    const idea = await postIdea(app, citizen, { agencyId: agency.id });
    const underReview = { input: { ideaId: idea.id, status: 'UNDER_REVIEW' } };
    expect((await app.graphql(reviewMutation, underReview)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.graphql(reviewMutation, underReview, { token: citizen.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const otherOfficer = await signUp(app);
    await app.graphql(
      `mutation ($input: AddMemberInput!) { addMember(input: $input) { errors { code } } }`,
      { input: { organizationId: otherAgency.id, email: otherOfficer.email, role: 'OFFICER' } },
      { token: admin.token },
    );
    expect((await app.graphql(reviewMutation, underReview, { token: otherOfficer.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const viewed = await app.graphql(ideaQuery, { id: idea.id }, { token: officer.token });
    expect(viewed.data?.idea.viewerCanReview).toBe(true);
    expect((await app.graphql(reviewMutation, underReview, { token: officer.token })).data?.reviewIdea).toMatchObject({ idea: { status: 'UNDER_REVIEW' }, errors: [] });
    const noReason = await app.graphql(reviewMutation, { input: { ideaId: idea.id, status: 'DECLINED' } }, { token: officer.token });
    expect(noReason.data?.reviewIdea.errors).toEqual([{ code: 'REQUIRED', field: 'input.reason' }]);
    const declined = await app.graphql(
      reviewMutation,
      { input: { ideaId: idea.id, status: 'DECLINED', reason: 'Sudah tersedia antrean daring sejak Oktober.' } },
      { token: officer.token },
    );
    expect(declined.data?.reviewIdea).toMatchObject({ idea: { status: 'DECLINED', decisionReason: 'Sudah tersedia antrean daring sejak Oktober.' }, errors: [] });
    const again = await app.graphql(reviewMutation, underReview, { token: officer.token });
    expect(again.data?.reviewIdea.errors).toEqual([{ code: 'NOT_ALLOWED_NOW', field: 'input.ideaId' }]);
    const unaddressed = await postIdea(app, citizen);
    expect((await app.graphql(reviewMutation, { input: { ideaId: unaddressed.id, status: 'UNDER_REVIEW' } }, { token: officer.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(reviewMutation, { input: { ideaId: unaddressed.id, status: 'UNDER_REVIEW' } }, { token: admin.token })).data?.reviewIdea.errors).toEqual([]);
  });

  it('filters the feed and pages through it with stable cursors', async () => {
    const author = await signUp(app, 'Penulis Filter');
    const tagged = await postIdea(app, author, { kind: 'SOLUTION', title: 'Kios mandiri cetak dokumen di kelurahan', body: 'Kios mandiri untuk mencetak kartu keluarga dan akta tanpa antre.', tags: ['kios-mandiri'] });
    const filtered = async (filter: Record<string, unknown>) =>
      (await app.graphql(feedQuery, { first: 50, filter })).data!.ideas.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(await filtered({ tag: 'kios-mandiri' })).toEqual([tagged.id]);
    expect(await filtered({ text: 'kios mandiri' })).toEqual([tagged.id]);
    expect(await filtered({ authorId: author.id, kind: 'SOLUTION' })).toEqual([tagged.id]);
    expect(await filtered({ authorId: author.id, kind: 'PROBLEM' })).toEqual([]);
    expect(await filtered({ status: 'DECLINED' })).toHaveLength(1);
    expect((await filtered({ serviceId })).length).toBeGreaterThan(0);
    expect(await filtered({ agencyId: otherAgency.id })).toEqual([]);
    const badId = await app.graphql(feedQuery, { filter: { serviceId: 'bm90LWFuLWlk' } });
    expect(badId.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const all = (await app.graphql(feedQuery, { first: 100 })).data!.ideas;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await app.graphql(feedQuery, { first: 3, after })).data!.ideas;
      seen.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map((edge: { node: { id: string } }) => edge.node.id));
    expect(all.totalCount).toBe(seen.length);
  });

  it('orders by TOP and HOT: more votes first, and newer votes above older ones at equal count', async () => {
    const author = await signUp(app);
    const voters = await Promise.all([1, 2, 3].map(() => signUp(app)));
    const older = await postIdea(app, author, { title: 'Gagasan lama dengan dua suara', tags: ['urutan'] });
    const newer = await postIdea(app, author, { title: 'Gagasan baru dengan dua suara', tags: ['urutan'] });
    const most = await postIdea(app, author, { title: 'Gagasan dengan tiga suara', tags: ['urutan'] });
    for (const voter of voters) await vote(app, voter, most.id);
    for (const voter of voters.slice(0, 2)) await vote(app, voter, older.id);
    for (const voter of voters.slice(0, 2)) await vote(app, voter, newer.id);
    const order = async (orderBy: string) =>
      (await app.graphql(feedQuery, { first: 10, orderBy, filter: { tag: 'urutan' } })).data!.ideas.edges.map((edge: { node: { id: string } }) => edge.node.id);
    const top = await order('TOP');
    expect(top[0]).toBe(most.id);
    expect(new Set(top)).toEqual(new Set([most.id, newer.id, older.id]));
    expect(await order('HOT')).toEqual([most.id, newer.id, older.id]);
    expect(await order('NEW')).toEqual([most.id, newer.id, older.id]);
  });

  it('reads only what a selection asks, and answers each field of the feed as an idea’s own lookup does', async () => {
    // Every field of Idea (and of its author) alone, then all at once, for a visitor, an author and voter, and an admin
    // (who sees hidden ideas and may review any): the feed reads a lean row for most of them (ADR 034), `nodes` loads
    // the entities, and both must answer alike.
    const withComment = await postIdea(app, citizen, { serviceId });
    await app.graphql(`mutation ($input: AddCommentInput!) { addComment(input: $input) { errors { code } } }`, { input: { subjectId: withComment.id, body: 'Saya juga mengalaminya.' } }, { token: officer.token });
    await vote(app, citizen, withComment.id);
    type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
    type FieldInfo = { name: string; args: { type: TypeRef; defaultValue: string | null }[]; type: TypeRef };
    const introspection = await app.graphql(`{ __schema { types { name fields { name args { type { kind } defaultValue } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`);
    const types = new Map<string, FieldInfo[]>(introspection.data!.__schema.types.map((type: { name: string; fields: FieldInfo[] | null }) => [type.name, type.fields ?? []]));
    const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);
    const askable = (field: FieldInfo) => field.args.every((arg) => arg.type.kind !== 'NON_NULL' || arg.defaultValue !== null);
    const leaf = (field: FieldInfo) => ['SCALAR', 'ENUM'].includes(named(field.type).kind);
    const selectionOf = (field: FieldInfo): string =>
      leaf(field) ? field.name : `${field.name} { __typename ${(types.get(named(field.type).name!) ?? []).filter((sub) => leaf(sub) && askable(sub)).map((sub) => sub.name).join(' ')} }`;
    const ideaFieldsAsked = types.get('Idea')!.filter(askable);
    const ideaSelections = [...ideaFieldsAsked.map(selectionOf), ideaFieldsAsked.map(selectionOf).join(' ')];
    const authorSelections = types.get('User')!.filter((field) => leaf(field) && askable(field)).map((field) => `author { ${field.name} }`);
    expect(ideaSelections.length).toBeGreaterThan(30);
    for (const [token, selections] of [[undefined, ideaSelections], [citizen.token, [...ideaSelections, ...authorSelections]], [admin.token, ideaSelections]] as const) {
      const ids = (await app.graphql(`{ ideas(first: 20) { edges { node { id } } } }`, {}, { token })).data!.ideas.edges.map((edge: { node: { id: string } }) => edge.node.id);
      expect(ids).toContain(withComment.id);
      for (const selection of selections) {
        const feed = await app.graphql(`{ ideas(first: 20) { edges { node { id ${selection} } } } }`, {}, { token });
        const lookedUp = await app.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Idea { id ${selection} } } }`, { ids }, { token });
        expect(feed.errors, selection).toBeUndefined();
        expect(feed.data!.ideas.edges.map((edge: { node: unknown }) => edge.node), selection).toEqual(lookedUp.data!.nodes);
      }
    }
  });

  it('keeps a feed page at two statements whatever it selects, joining only the relations and columns asked for', async () => {
    const pageStatement = async (selection: string) => {
      const before = app.queries.length;
      const response = await app.graphql(`{ ideas(first: 10) { edges { node { id ${selection} } } } }`, {}, { token: citizen.token });
      expect(response.errors).toBeUndefined();
      const statements = app.queries.slice(before);
      // The session with its person, and the page.
      expect(statements, selection).toHaveLength(2);
      return statements.find((sql) => sql.includes('from ideas i'))!;
    };
    const lean = await pageStatement('title author { displayName } voteCount commentCount viewerHasVoted');
    expect(lean).not.toMatch(/organizations|services|body|email|"bio"/);
    expect(lean).toMatch(/from comments c/);
    const bare = await pageStatement('title');
    expect(bare).not.toMatch(/from comments c|idea_votes/);
    const full = await pageStatement('body organization { name } agency { name } service { name } author { platformRole }');
    expect(full).toMatch(/left join organizations organization .* left join organizations agency .* left join services service/s);
    expect(full).toMatch(/"body"/);
    expect(full).toMatch(/"platform_role"/);
    // Through fragments too; a field under @skip counts as asked (reading more is safe), whatever its variable.
    const before = app.queries.length;
    const viaFragments = await app.graphql(
      `query ($skip: Boolean!) { ideas(first: 10) { edges { node { ...card ... on Idea { agency { name } } } } } } fragment card on Idea { id title body @skip(if: $skip) }`,
      { skip: true },
      { token: citizen.token },
    );
    const plain = await app.graphql(`{ ideas(first: 10) { edges { node { id title agency { name } } } } }`, {}, { token: citizen.token });
    expect(viaFragments.data).toEqual(plain.data);
    const fragmentStatement = app.queries.slice(before).find((sql) => sql.includes('from ideas i'))!;
    expect(fragmentStatement).toMatch(/left join organizations agency/);
    expect(fragmentStatement).toMatch(/"title".*"body"/s);
  });

  it('suggests similar ideas while one is written', async () => {
    const original = await postIdea(app, citizen, { title: 'Pembayaran PBB lewat dompet digital' });
    const similar = await app.graphql(`query ($text: String!) { similarIdeas(text: $text, first: 3) { id title } }`, { text: 'bayar PBB lewat dompet digital' });
    expect(similar.data?.similarIdeas.map((idea: { id: string }) => idea.id)).toContain(original.id);
    const partial = await app.graphql(`query ($text: String!) { similarIdeas(text: $text) { id } }`, { text: 'dompet digital' });
    expect(partial.data?.similarIdeas.map((idea: { id: string }) => idea.id)).toContain(original.id);
    const unrelated = await app.graphql(`query { similarIdeas(text: "zzzz qqqq") { id } }`);
    expect(unrelated.data?.similarIdeas).toEqual([]);
  });

  it('lists a person’s ideas on their public page', async () => {
    const person = await signUp(app, 'Rina Penulis');
    const idea = await postIdea(app, person);
    const page = await app.graphql(`query ($id: ID!) { node(id: $id) { ... on User { displayName ideas(first: 5) { edges { node { id } } } } } }`, { id: person.id });
    expect(page.data?.node).toEqual({ displayName: 'Rina Penulis', ideas: { edges: [{ node: { id: idea.id } }] } });
  });

  it('serves the feed with authors, votes, comments and the viewer’s vote in a fixed number of statements', async () => {
    const authors = await Promise.all([1, 2, 3, 4, 5].map((n) => signUp(app, `Penulis ${n}`)));
    const reader = await signUp(app, 'Pembaca');
    for (let index = 0; index < 50; index += 1) {
      const idea = await postIdea(app, authors[index % authors.length], { title: `Gagasan nomor ${index} untuk uji jumlah kueri`, tags: ['jumlah-kueri'] });
      if (index % 3 === 0) await vote(app, reader, idea.id);
      if (index % 4 === 0) {
        await app.graphql(`mutation ($input: AddCommentInput!) { addComment(input: $input) { errors { code } } }`, { input: { subjectId: idea.id, body: 'Setuju!' } }, { token: reader.token });
      }
    }
    const count = async (first: number) => {
      const before = app.queries.length;
      const response = await app.graphql(feedQuery, { first, filter: { tag: 'jumlah-kueri' } }, { token: reader.token });
      expect(response.data?.ideas.edges).toHaveLength(first);
      for (const { node } of response.data!.ideas.edges) {
        const index = Number(/nomor (\d+)/.exec(node.title)![1]);
        expect(node).toMatchObject({ author: { displayName: `Penulis ${(index % authors.length) + 1}` }, voteCount: index % 3 === 0 ? 1 : 0, viewerHasVoted: index % 3 === 0, commentCount: index % 4 === 0 ? 1 : 0 });
      }
      return app.queries.slice(before);
    };
    const five = await count(5);
    const fifty = await count(50);
    expect(fifty.length).toBe(five.length);
    // The session with its person, the page with authors, comment counts and the viewer's votes, and its totalCount.
    expect(fifty.length).toBe(3);
  });
});
