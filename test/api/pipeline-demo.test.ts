import { innovationStages } from '@gotong/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

describe('demo innovations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seedDemo: true });
  });
  afterAll(() => app?.close());

  it('fills every stage of the pipeline, with full timelines and the ideas they came from', async () => {
    const list = await app.graphql(`query { innovations(first: 20) { edges { node { id } } } }`);
    expect(list.errors).toBeUndefined();
    const innovations: Record<string, any>[] = [];
    for (const edge of list.data!.innovations.edges) {
      const one = await app.graphql(
        `query ($id: ID!) {
          innovation(id: $id) {
            title stage nextGate { missing { code } }
            timeline { totalCount edges { node { fromStage toStage note actor { displayName } } } }
            ideas { totalCount edges { node { status } } }
          }
        }`,
        { id: edge.node.id },
      );
      expect(one.errors).toBeUndefined();
      innovations.push(one.data!.innovation);
    }
    expect(new Set(innovations.map((innovation) => innovation.stage))).toEqual(new Set(innovationStages));
    for (const innovation of innovations) {
      const entries = innovation.timeline.edges.map((edge: { node: Record<string, any> }) => edge.node);
      expect(entries[0]).toMatchObject({ fromStage: null, toStage: 'NEED_IDENTIFIED' });
      expect(entries.at(-1).toStage).toBe(innovation.stage);
      entries.slice(1).forEach((entry: { fromStage: string }, index: number) => expect(entry.fromStage).toBe(entries[index].toStage));
      expect(entries.every((entry: { actor: { displayName: string } | null }) => entry.actor?.displayName)).toBe(true);
      expect(innovation.ideas.edges.every((edge: { node: { status: string } }) => edge.node.status === 'ACCEPTED')).toBe(true);
    }
    const birth = innovations.find((innovation) => innovation.title === 'Akta kelahiran dari rumah sakit');
    expect(birth).toMatchObject({ stage: 'INSTITUTIONALIZED', nextGate: null, timeline: { totalCount: 6 }, ideas: { totalCount: 1 } });
    const qris = innovations.find((innovation) => innovation.title === 'Bayar PBB lewat QRIS');
    expect(qris).toMatchObject({ stage: 'EVALUATION', nextGate: { missing: [{ code: 'EVALUATION_REPORT' }, { code: 'LEGAL_BASIS' }] } });
  });

  it("shows the Sleman agency's board with its innovations by stage", async () => {
    const agency = await app.graphql(`query { organization(slug: "dpmptsp-kabupaten-sleman") { id } }`);
    const board = await app.graphql(`query ($id: ID!) { pipeline(agencyId: $id) { columns { stage innovations { edges { node { title } } } } } }`, { id: agency.data!.organization.id });
    const titles = Object.fromEntries(board.data!.pipeline.columns.map((column: { stage: string; innovations: { edges: { node: { title: string } }[] } }) => [column.stage, column.innovations.edges.map((edge) => edge.node.title)]));
    expect(titles).toMatchObject({ IMPLEMENTATION: ['Klinik OSS keliling'], DISCONTINUED: ['PBG rumah sederhana satu hari'], TRIAL: [] });
  });
});
