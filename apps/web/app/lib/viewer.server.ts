import { ViewerDocument } from '@gotong/graphql-client';
import { redirect, type AppLoadContext } from '@remix-run/node';
import { graphql } from './graphql.server';
import { signInPath } from './safe-redirect';

type RequestArgs = { request: Request; context: AppLoadContext };

/** The signed-in person, or a redirect to sign in that comes back here. */
export async function requireViewer(args: RequestArgs) {
  const { viewer } = await graphql(args, ViewerDocument);
  if (!viewer) {
    const url = new URL(args.request.url);
    throw redirect(signInPath(`${url.pathname}${url.search}`));
  }
  return viewer;
}

/** Pages for platform admins only: others get the 403 page (the API refuses them too). */
export async function requirePlatformAdmin(args: RequestArgs) {
  const viewer = await requireViewer(args);
  if (viewer.platformRole !== 'ADMIN') throw new Response('Forbidden', { status: 403 });
  return viewer;
}
