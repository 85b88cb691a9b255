import { expect } from 'vitest';
import type { TestApp } from '../support/app.js';
import type { SignedIn } from '../support/people.js';

/** Gives `email` a role in the organisation, as its owner. */
export async function addMember(app: TestApp, owner: SignedIn, organizationId: string, email: string, role: string) {
  const response = await app.graphql(
    `mutation ($input: AddMemberInput!) { addMember(input: $input) { errors { code } } }`,
    { input: { organizationId, email, role } },
    { token: owner.token },
  );
  expect(response.data?.addMember.errors).toEqual([]);
}

/** An innovation of the agency at NEED_IDENTIFIED, ready (problem and need written) to move on. */
export async function createInnovation(app: TestApp, officer: SignedIn, agencyId: string, title: string): Promise<string> {
  const response = await app.graphql(
    `mutation ($input: CreateInnovationInput!) { createInnovation(input: $input) { innovation { id } errors { code field message } } }`,
    { input: { agencyId, title, problemStatement: 'Warga menunggu terlalu lama di loket pelayanan.', needAnalysis: 'Rata-rata antrean 3 jam; 40% warga datang dua kali.' } },
    { token: officer.token },
  );
  expect(response.data?.createInnovation.errors).toEqual([]);
  return response.data!.createInnovation.innovation.id;
}

export async function advanceInnovation(app: TestApp, officer: SignedIn, innovationId: string, to: string) {
  const response = await app.graphql(
    `mutation ($input: AdvanceInnovationInput!) { advanceInnovation(input: $input) { innovation { stage } unmetRequirements { code } errors { code message } } }`,
    { input: { innovationId, to } },
    { token: officer.token },
  );
  return response.data!.advanceInnovation as { innovation: { stage: string } | null; unmetRequirements: { code: string }[]; errors: { code: string }[] };
}

export async function updateInnovation(app: TestApp, officer: SignedIn, input: Record<string, unknown>) {
  const response = await app.graphql(
    `mutation ($input: UpdateInnovationInput!) { updateInnovation(input: $input) { errors { code field message } } }`,
    { input },
    { token: officer.token },
  );
  expect(response.data?.updateInnovation.errors).toEqual([]);
}

/** Records a result of the innovation's first KPI. */
export async function recordKpiResult(app: TestApp, officer: SignedIn, innovationId: string, result: { value: number; measuredOn: string }) {
  const read = await app.graphql(`query ($id: ID!) { innovation(id: $id) { kpis { id } } }`, { id: innovationId });
  const response = await app.graphql(
    `mutation ($input: RecordKpiResultInput!) { recordKpiResult(input: $input) { errors { code field message } } }`,
    { input: { innovationId, kpiId: read.data!.innovation.kpis[0].id, ...result } },
    { token: officer.token },
  );
  expect(response.data?.recordKpiResult.errors).toEqual([]);
}
