import { openDataDownloads } from './open-data.routes.js';

/** Open data: CSV and JSON downloads of public content under CC BY 4.0 (ADR 026). It adds routes, no schema. */
export const openDataModule = {
  entities: [],
  resolvers: [] as const,
  routes: openDataDownloads,
};
