import { LogoutDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { verifiedFormData } from '~/lib/csrf.server';
import { endSessionCookie } from '~/lib/session.server';

/** Signing out ends the session in the API, then clears the cookie (even if the session had already ended). */
export async function action({ request, context }: ActionFunctionArgs) {
  await verifiedFormData(request);
  await context.graphql(LogoutDocument);
  return redirect('/', { headers: { 'Set-Cookie': endSessionCookie(context) } });
}

export function loader() {
  return redirect('/');
}
