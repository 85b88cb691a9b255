import { StatisticsDocument, StatisticsFilterOptionsDocument } from '@gotong/graphql-client';
import type { AppLoadContext } from '@remix-run/node';
import { periodOf } from '~/lib/dates';
import { graphql } from '~/lib/graphql.server';

/**
 * The figures that the address asks for: `instansi` and `layanan` (ids), `dari` and `sampai` (days, inclusive, WIB).
 * A service counts only with its agency (the form offers an agency's services once the agency is chosen).
 */
export async function loadStatistics(args: { request: Request; context: AppLoadContext }) {
  const search = new URL(args.request.url).searchParams;
  const agencyId = search.get('instansi') || null;
  const serviceId = agencyId ? search.get('layanan') || null : null;
  const period = periodOf(search);
  const [options, figures] = await Promise.all([
    graphql(args, StatisticsFilterOptionsDocument, { agencyId, withServices: agencyId !== null }),
    graphql(args, StatisticsDocument, { filter: { agencyId, serviceId, from: period.since ?? null, to: period.until ?? null } }),
  ]);
  const chosen = { agencyId, serviceId, from: period.since ? search.get('dari')! : '', to: period.until ? search.get('sampai')! : '' };
  return {
    chosen,
    agencies: options.organizations.edges.map((edge) => edge.node),
    services: options.services?.edges.map((edge) => edge.node) ?? [],
    stats: figures.stats,
  };
}
