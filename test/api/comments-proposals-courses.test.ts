import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { signIn, type SignedIn } from '../support/people.js';

const password = 'gotong-demo-2026';
const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id body } errors { code field message } } }`;
const thread = `query ($id: ID!) { comments(subjectId: $id) { totalCount edges { node { body author { displayName } } } } }`;

describe('comments on pilot proposals and courses', () => {
  let app: TestApp;
  let partner: SignedIn;
  let officer: SignedIn;
  let otherAgencyOfficer: SignedIn;
  let citizen: SignedIn;
  let institute: SignedIn;

  async function proposalId(title: string): Promise<string> {
    const response = await app.graphql(`{ pilotProposals(first: 10) { edges { node { id title } } } }`, {}, { token: partner.token });
    return response.data!.pilotProposals.edges.find((edge: { node: { title: string } }) => edge.node.title === title).node.id;
  }

  beforeAll(async () => {
    app = await startTestApp({ seedDemo: true });
    partner = await signIn(app, 'andi@nusantaradigital.co.id', password);
    officer = await signIn(app, 'hendra@dukcapil.bandung.go.id', password);
    otherAgencyOfficer = await signIn(app, 'wahyu@dpmptsp.slemankab.go.id', password);
    citizen = await signIn(app, 'siti@warga.id', password);
    institute = await signIn(app, 'fajar@lpa-mandiri.ac.id', password);
  });
  afterAll(() => app?.close());

  it('lets the partner and the agency talk on a submitted proposal, and keeps the thread from everyone else', async () => {
    const id = await proposalId('Formulir pindah alamat daring terhubung SIAK');
    const question = await app.graphql(addComment, { input: { subjectId: id, body: 'Apakah SIAK terpusat sudah membuka API?' } }, { token: officer.token });
    expect(question.data?.addComment.errors).toEqual([]);
    const answer = await app.graphql(addComment, { input: { subjectId: id, body: 'Sudah, lewat gateway Dukcapil.' } }, { token: partner.token });
    expect(answer.data?.addComment.errors).toEqual([]);

    const seenByPartner = await app.graphql(thread, { id }, { token: partner.token });
    expect(seenByPartner.data?.comments.edges.map((edge: { node: { body: string } }) => edge.node.body)).toEqual([
      'Apakah SIAK terpusat sudah membuka API?',
      'Sudah, lewat gateway Dukcapil.',
    ]);
    for (const outsider of [citizen, otherAgencyOfficer, null]) {
      const token = outsider?.token ?? null;
      expect((await app.graphql(thread, { id }, { token })).data?.comments).toBeNull();
    }
    const intrusion = await app.graphql(addComment, { input: { subjectId: id, body: 'Saya ikut menilai.' } }, { token: citizen.token });
    expect(intrusion.data?.addComment.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'input.subjectId' })]);
  });

  it("keeps a draft's thread within the proposing organisation", async () => {
    const id = await proposalId('Pengingat PBB otomatis dan tautan bayar QRIS');
    const note = await app.graphql(addComment, { input: { subjectId: id, body: 'Perlu angka tunggakan tahun lalu.' } }, { token: partner.token });
    expect(note.data?.addComment.errors).toEqual([]);
    const agencyOfficer = await signIn(app, 'lina@bapenda.surabaya.go.id', password);
    expect((await app.graphql(thread, { id }, { token: agencyOfficer.token })).data?.comments).toBeNull();
    expect((await app.graphql(thread, { id }, { token: partner.token })).data?.comments.totalCount).toBe(1);
  });

  it('lets anyone read and people comment on a published course, until it is archived', async () => {
    const courses = await app.graphql(`{ courses(first: 10) { edges { node { id title summary format capacity sessions { startsAt endsAt place } } } } }`);
    const course = courses.data!.courses.edges.find((edge: { node: { title: string } }) => edge.node.title === 'Literasi Digital Aparatur').node;
    const asked = await app.graphql(addComment, { input: { subjectId: course.id, body: 'Apakah ada sertifikat?' } }, { token: citizen.token });
    expect(asked.data?.addComment.errors).toEqual([]);
    expect((await app.graphql(thread, { id: course.id })).data?.comments.edges).toEqual([{ node: { body: 'Apakah ada sertifikat?', author: { displayName: expect.any(String) } } }]);

    const archived = await app.graphql(
      `mutation ($input: PublishCourseInput!) { publishCourse(input: $input) { course { status } errors { code message } } }`,
      { input: { courseId: course.id, title: course.title, summary: course.summary, format: course.format, capacity: course.capacity, sessions: course.sessions, status: 'ARCHIVED' } },
      { token: institute.token },
    );
    expect(archived.data?.publishCourse).toEqual({ course: { status: 'ARCHIVED' }, errors: [] });
    const late = await app.graphql(addComment, { input: { subjectId: course.id, body: 'Masih bisa daftar?' } }, { token: citizen.token });
    expect(late.data?.addComment.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED_NOW', field: 'input.subjectId' })]);
    expect((await app.graphql(thread, { id: course.id })).data?.comments.totalCount).toBe(1);
  });
});
