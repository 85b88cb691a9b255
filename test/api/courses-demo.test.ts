import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { signIn } from '../support/people.js';

describe('demo partners and courses', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seedDemo: true });
  });
  afterAll(() => app?.close());

  it("shows the institute's courses with seats left, the accepted proposal publicly and the partner's draft only to it", async () => {
    const courses = await app.graphql(`{ courses(first: 10) { edges { node { title seatsLeft institute { name } } } } }`);
    expect(courses.data?.courses.edges.map((edge: { node: { title: string } }) => edge.node.title).sort()).toEqual([
      'Literasi Digital Aparatur',
      'Manajemen Inovasi Daerah',
      'Pelayanan Prima untuk Petugas Loket',
    ]);
    const upcoming = await app.graphql(`{ courses(filter: { upcoming: true }) { edges { node { title seatsLeft } } } }`);
    expect(upcoming.data?.courses.edges).toEqual([
      { node: { title: 'Literasi Digital Aparatur', seatsLeft: 27 } },
      { node: { title: 'Manajemen Inovasi Daerah', seatsLeft: 48 } },
    ]);

    const publicProposals = await app.graphql(`{ pilotProposals { edges { node { status innovation { title stage } } } } }`);
    expect(publicProposals.data?.pilotProposals.edges).toEqual([{ node: { status: 'ACCEPTED', innovation: { title: 'Antrean daring e-KTP', stage: 'TRIAL' } } }]);
    const partner = await signIn(app, 'andi@nusantaradigital.co.id', 'gotong-demo-2026');
    const own = await app.graphql(`{ pilotProposals { edges { node { status history { totalCount } } } } }`, {}, { token: partner.token });
    expect(own.data?.pilotProposals.edges.map((edge: { node: { status: string } }) => edge.node.status).sort()).toEqual(['ACCEPTED', 'DRAFT', 'UNDER_REVIEW']);
  });
});
