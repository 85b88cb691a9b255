import type { ViewerProposalOrganizationsFragment } from '@gotong/graphql-client';

type Organization = ViewerProposalOrganizationsFragment['memberships']['edges'][number]['node']['organization'];

const proposingKinds: readonly string[] = ['PARTNER', 'NGO'];

function organizationsOf(viewer: ViewerProposalOrganizationsFragment | null | undefined): Organization[] {
  return viewer?.memberships.edges.map(({ node }) => node.organization) ?? [];
}

/** The organisations the viewer may propose pilots for: verified partners and NGOs they act for (the API checks again). */
export function proposingOrganizations(viewer: ViewerProposalOrganizationsFragment | null | undefined): Organization[] {
  return organizationsOf(viewer).filter((organization) => proposingKinds.includes(organization.kind) && organization.viewerCanActFor);
}

/** The viewer's views of the proposal list: each partner or NGO they belong to (its proposals) and each agency (its review queue). */
export function proposalViews(viewer: ViewerProposalOrganizationsFragment | null | undefined) {
  const organizations = organizationsOf(viewer);
  return {
    proposers: organizations.filter((organization) => proposingKinds.includes(organization.kind)),
    agencies: organizations.filter((organization) => organization.kind === 'AGENCY'),
  };
}

export function newProposalPath(subjectId: string): string {
  return `/usulan-pilot/baru?untuk=${encodeURIComponent(subjectId)}`;
}
