import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { verifiedFormData } from '~/lib/csrf.server';
import { isLocale, languageCookie } from '~/lib/i18n.server';
import { safeRedirect } from '~/lib/safe-redirect';

/** The language switch: a small POST form in the header, so it works without JavaScript. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const language = formData.get('lang');
  const returnTo = formData.get('kembali');
  if (!isLocale(language)) return safeRedirect(returnTo, '/');
  return safeRedirect(returnTo, '/', { headers: { 'Set-Cookie': languageCookie(context, language) } });
}

export function loader() {
  return redirect('/');
}
