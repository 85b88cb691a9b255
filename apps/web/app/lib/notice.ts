/** After a successful POST the action redirects here; the page shows the message (works without JavaScript). */
export const noticeParameter = 'pesan';

export function withNotice(path: string, messageKey: string): string {
  const url = new URL(path, 'http://gotong.invalid');
  url.searchParams.set(noticeParameter, messageKey);
  return `${url.pathname}${url.search}`;
}
