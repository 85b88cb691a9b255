import { PeopleDocument, PersonForRoleDocument, SetPlatformRoleDocument, type PersonRowFragment, type PlatformRole } from '@gotong/graphql-client';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { AppForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { Pagination } from '~/components/pagination';
import { verifiedFormData } from '~/lib/csrf.server';
import { textOf, type UserErrorLike } from '~/lib/forms';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { requirePlatformAdmin } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.roles');

type GrantableRole = 'MODERATOR' | 'ADMIN';
const grantableRoles: readonly GrantableRole[] = ['MODERATOR', 'ADMIN'];
const platformRoles: readonly PlatformRole[] = ['MEMBER', 'MODERATOR', 'ADMIN'];

const asGrantable = (value: string | null | undefined): GrantableRole | null => grantableRoles.find((role) => role === value) ?? null;

/** A change asked for in the address (?ubah=id&peran=ADMIN&beri=1): shown for confirmation before anything is posted. */
function proposedChange(search: URLSearchParams) {
  const userId = search.get('ubah');
  const role = asGrantable(search.get('peran'));
  return userId && role ? { userId, role, granted: search.get('beri') === '1' } : null;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requirePlatformAdmin({ request, context });
  const search = new URL(request.url).searchParams;
  const text = search.get('q')?.trim() || undefined;
  const role = platformRoles.find((value) => value === search.get('peranSaatIni'));
  const change = proposedChange(search);
  const [{ people }, person] = await Promise.all([
    graphql({ request, context }, PeopleDocument, { first: 20, after: search.get('setelah'), filter: { text, platformRole: role } }),
    change ? graphql({ request, context }, PersonForRoleDocument, { id: change.userId }) : null,
  ]);
  const confirming = change && person?.node && 'displayName' in person.node ? { ...change, person: person.node as PersonRowFragment } : null;
  return { people, text: text ?? '', role: role ?? '', confirming, viewerId: viewer.id };
}

function errorKey(error: UserErrorLike): string {
  if (error.code === 'NOT_ALLOWED_NOW') return error.field === 'input.role' ? 'admin.roles.error.higherRole' : 'admin.roles.error.lastAdmin';
  return `userError.${error.code}`;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const role = asGrantable(textOf(formData, 'role'));
  const userId = textOf(formData, 'userId');
  if (!role || !userId) return data({ intent: 'setRole', fieldErrors: {}, formError: 'userError.INVALID' }, { status: 400 });
  const { setPlatformRole } = await graphql({ request, context }, SetPlatformRoleDocument, { input: { userId, role, granted: textOf(formData, 'granted') === '1' } });
  if (!setPlatformRole.user) return data({ intent: 'setRole', fieldErrors: {}, formError: errorKey(setPlatformRole.errors[0]) }, { status: 400 });
  const back = new URLSearchParams({ q: textOf(formData, 'q') ?? '', nama: setPlatformRole.user.displayName, peran: setPlatformRole.user.platformRole });
  return redirect(`${withNotice('/admin/peran', 'admin.roles.done')}&${back}`);
}

/** The changes offered for a person's current role (a revoke makes them a plain member). */
function changesFor(role: PlatformRole): { role: GrantableRole; granted: boolean }[] {
  if (role === 'ADMIN') return [{ role: 'ADMIN', granted: false }];
  if (role === 'MODERATOR') return [{ role: 'ADMIN', granted: true }, { role: 'MODERATOR', granted: false }];
  return [{ role: 'MODERATOR', granted: true }, { role: 'ADMIN', granted: true }];
}

export default function PlatformRoles() {
  const t = useT();
  const [searchParams] = useSearchParams();
  const { people, text, role, confirming, viewerId } = useLoaderData<typeof loader>();
  const changeLink = (userId: string, change: { role: GrantableRole; granted: boolean }) => {
    const next = new URLSearchParams(searchParams);
    next.delete('pesan');
    next.set('ubah', userId);
    next.set('peran', change.role);
    next.set('beri', change.granted ? '1' : '0');
    return `/admin/peran?${next}#konfirmasi`;
  };
  const cancelLink = () => {
    const next = new URLSearchParams(searchParams);
    for (const name of ['ubah', 'peran', 'beri', 'pesan']) next.delete(name);
    return `/admin/peran${next.size ? `?${next}` : ''}`;
  };
  return (
    <>
      <p className="eyebrow">
        <Link to="/admin">{t('admin.title')}</Link>
      </p>
      <h1>{t('admin.roles.title')}</h1>
      <p className="lead">{t('admin.roles.intro')}</p>
      <Notice values={{ name: searchParams.get('nama') ?? '', role: t(`role.${platformRoles.find((value) => value === searchParams.get('peran')) ?? 'MEMBER'}`) }} />

      {confirming ? (
        <section id="konfirmasi" className="panel" aria-labelledby="confirm-title">
          <h2 id="confirm-title">
            {t(confirming.granted ? 'admin.roles.confirmGrant' : 'admin.roles.confirmRevoke', {
              name: confirming.person.displayName,
              email: confirming.person.email ?? '',
              role: t(`role.${confirming.role}`),
            })}
          </h2>
          <p>{t('admin.roles.confirmHint')}</p>
          <AppForm intent="setRole">
            <input type="hidden" name="userId" value={confirming.person.id} />
            <input type="hidden" name="role" value={confirming.role} />
            <input type="hidden" name="granted" value={confirming.granted ? '1' : '0'} />
            <input type="hidden" name="q" value={text} />
            <p className="inline-actions">
              <button type="submit" className="button">
                {t('admin.roles.confirm')}
              </button>
              <Link to={cancelLink()}>{t('admin.roles.cancel')}</Link>
            </p>
          </AppForm>
        </section>
      ) : null}

      <Form method="get" className="filter-bar" role="search">
        <label htmlFor="people-text">{t('admin.roles.search')}</label>
        <input id="people-text" name="q" type="search" defaultValue={text} key={text} />
        <label htmlFor="people-role">{t('admin.roles.roleFilter')}</label>
        <select id="people-role" name="peranSaatIni" defaultValue={role} key={role}>
          <option value="">{t('admin.roles.allRoles')}</option>
          {platformRoles.map((value) => (
            <option key={value} value={value}>
              {t(`role.${value}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-secondary">
          {t('admin.roles.find')}
        </button>
      </Form>

      {people.edges.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('admin.roles.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.roles.person')}</th>
              <th scope="col">{t('admin.roles.email')}</th>
              <th scope="col">{t('admin.roles.role')}</th>
              <th scope="col">{t('admin.roles.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {people.edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row" data-label={t('admin.roles.person')}>
                  <Link to={`/pengguna/${encodeURIComponent(node.id)}`}>{node.displayName}</Link> {node.id === viewerId ? t('admin.roles.you') : null}
                </th>
                <td data-label={t('admin.roles.email')}>{node.email}</td>
                <td data-label={t('admin.roles.role')}>{t(`role.${node.platformRole}`)}</td>
                <td data-label={t('admin.roles.actions')}>
                  <ul className="inline-actions">
                    {changesFor(node.platformRole).map((change) => (
                      <li key={`${change.role}-${change.granted}`}>
                        <Link
                          to={changeLink(node.id, change)}
                          className="button button-small button-secondary"
                          aria-label={t(change.granted ? 'admin.roles.grantFor' : 'admin.roles.revokeFor', { name: node.displayName, role: t(`role.${change.role}`) })}
                        >
                          {t(change.granted ? 'admin.roles.grant' : 'admin.roles.revoke', { role: t(`role.${change.role}`) })}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <EmptyState>{t('admin.roles.empty')}</EmptyState>
      )}
      <Pagination pageInfo={people.pageInfo} totalCount={people.totalCount} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
