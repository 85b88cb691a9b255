import { addMemberSchema, canGrantRole, createServiceSchema, memberRoles, type MemberRole } from '@gotong/domain';
import {
  AddMemberDocument,
  ChangeMemberRoleDocument,
  CreateServiceDocument,
  OrganizationCoursesAndProposalsDocument,
  OrganizationPageDocument,
  OrganizationResponseRecordDocument,
  RemoveMemberDocument,
  type MembershipRowFragment,
} from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { OrganizationCourses, OrganizationProposals } from '~/components/courses/organization-activity';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm, ButtonForm, CsrfField } from '~/components/form';
import { Notice } from '~/components/notice';
import { ServiceCard, VerifiedBadge } from '~/components/organization-card';
import { Pagination } from '~/components/pagination';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { zoneAbbreviation } from '~/lib/dates';
import { graphql, notFound } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { contentAction } from '~/components/ideas/content-actions.server';
import { ReportForm } from '~/components/ideas/report-form';
import { ResponseRecord } from '~/components/responses/response-clocks';
import { pageMeta } from '~/lib/meta';
import { useViewer } from '~/lib/root-data';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, data ? { key: 'meta.organization', values: { name: data.organization.name } } : 'meta.notFound');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const slug = params.slug ?? '';
  // Two queries keep each within the API's cost limit; courses and proposals page on their own.
  const [{ organization }, activity, responses] = await Promise.all([
    graphql({ request, context }, OrganizationPageDocument, { slug, membersAfter: search.get('anggota-setelah'), servicesAfter: search.get('layanan-setelah') }),
    graphql({ request, context }, OrganizationCoursesAndProposalsDocument, { slug, coursesAfter: search.get('pelatihan-setelah'), proposalsAfter: search.get('usulan-setelah') }),
    graphql({ request, context }, OrganizationResponseRecordDocument, { slug }),
  ]);
  if (!organization || !activity.organization || !responses.organization) throw notFound();
  return { organization, activity: activity.organization, responses: responses.organization };
}

function memberInput(formData: FormData) {
  return { email: textOf(formData, 'email') ?? '', role: textOf(formData, 'role') ?? '' };
}

function serviceInput(formData: FormData) {
  const population = textOf(formData, 'population');
  return {
    name: textOf(formData, 'name') ?? '',
    description: textOf(formData, 'description'),
    population: population === undefined ? undefined : Number(population),
    slug: textOf(formData, 'slug'),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const intent = textOf(formData, 'intent');
  const organizationId = textOf(formData, 'organizationId') ?? '';
  const here = `/organisasi/${params.slug}`;
  const args = { request, context };
  if (intent?.startsWith('report:')) return contentAction(args, formData, '', here);

  if (intent === 'addMember') {
    const parsed = validate(addMemberSchema, memberInput(formData));
    if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
    const { addMember } = await graphql(args, AddMemberDocument, { input: { ...parsed.data, organizationId } });
    if (addMember.errors.length > 0) return failure(formData, fromUserErrors(addMember.errors, intent));
    return redirect(withNotice(here, 'organizations.members.added'));
  }
  if (intent === 'changeRole') {
    const role = memberRoles.find((candidate) => candidate === textOf(formData, 'role'));
    if (!role) return failure(formData, { intent, fieldErrors: { role: 'validation.required' } });
    const { changeMemberRole } = await graphql(args, ChangeMemberRoleDocument, { input: { organizationId, userId: textOf(formData, 'userId') ?? '', role } });
    if (changeMemberRole.errors.length > 0) return failure(formData, fromUserErrors(changeMemberRole.errors, 'addMember'));
    return redirect(withNotice(here, 'organizations.members.roleChanged'));
  }
  if (intent === 'removeMember') {
    const { removeMember } = await graphql(args, RemoveMemberDocument, { input: { organizationId, userId: textOf(formData, 'userId') ?? '' } });
    if (removeMember.errors.length > 0) return failure(formData, fromUserErrors(removeMember.errors, 'addMember'));
    return redirect(withNotice(here, 'organizations.members.removed'));
  }
  if (intent === 'addService') {
    const parsed = validate(createServiceSchema, serviceInput(formData));
    if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
    const { createService } = await graphql(args, CreateServiceDocument, { input: { ...parsed.data, agencyId: organizationId } });
    if (createService.errors.length > 0) return failure(formData, fromUserErrors(createService.errors, intent));
    return redirect(withNotice(here, 'services.added'));
  }
  throw new Response('Unknown action', { status: 400 });
}

function RoleSelect({ id, name = 'role', roles, defaultValue, label }: { id: string; name?: string; roles: readonly MemberRole[]; defaultValue: MemberRole; label: string }) {
  const t = useT();
  return (
    <select id={id} name={name} defaultValue={defaultValue} aria-label={label}>
      {roles.map((role) => (
        <option key={role} value={role}>
          {t(`organizations.role.${role}`)}
        </option>
      ))}
    </select>
  );
}

function MemberRow({ membership, organizationId, grantable, canManage }: { membership: MembershipRowFragment; organizationId: string; grantable: MemberRole[]; canManage: boolean }) {
  const t = useT();
  const name = membership.user.displayName;
  const canChangeRole = canManage && grantable.includes(membership.role);
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{t(`organizations.role.${membership.role}`)}</td>
      {canManage ? (
        <td className="row-actions">
          {canChangeRole ? (
            <Form method="post" className="inline-form">
              <CsrfField />
              <input type="hidden" name="intent" value="changeRole" />
              <input type="hidden" name="organizationId" value={organizationId} />
              <input type="hidden" name="userId" value={membership.user.id} />
              <RoleSelect id={`role-${membership.id}`} roles={grantable} defaultValue={membership.role} label={t('organizations.members.changeRoleOf', { name })} />
              <button type="submit" className="button button-small button-secondary">
                {t('organizations.members.changeRole')}
              </button>
            </Form>
          ) : null}
          {membership.role !== 'OWNER' || grantable.includes('OWNER') ? (
            <ButtonForm
              intent="removeMember"
              hidden={{ organizationId, userId: membership.user.id }}
              className="button button-small button-danger"
              label={t('organizations.members.removeName', { name })}
            >
              {t('organizations.members.remove')}
            </ButtonForm>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}

export default function OrganizationPage() {
  const t = useT();
  const { organization, activity, responses } = useLoaderData<typeof loader>();
  const viewer = useViewer();
  const grantable = memberRoles.filter((role) => canGrantRole(organization.viewerRole, role));
  const canManage = organization.viewerCanManageMembers;
  const canAddService = organization.viewerCanActFor && organization.kind === 'AGENCY';
  return (
    <>
      <header className="page-heading">
        <div>
          <p className="eyebrow">{t(`organizations.kind.${organization.kind}`)}</p>
          <h1>{organization.name}</h1>
          <p className="meta">
            <VerifiedBadge verified={organization.verified} />{' '}
            {organization.viewerRole ? <span>{t('organizations.page.yourRole', { role: t(`organizations.role.${organization.viewerRole}`) })}</span> : null}{' '}
            <span>{t(`organizations.timeZone.${zoneAbbreviation(organization.timeZone)}`)}</span>
          </p>
          {organization.viewerCanUpdate ? <Link to={`/organisasi/${organization.slug}/pengaturan`}>{t('organizations.settings.link')}</Link> : null}
          {responses.viewerCanReadInbox ? (
            <p>
              <Link to={`/organisasi/${organization.slug}/masuk`}>{t('responses.inbox.link')}</Link>
            </p>
          ) : null}
          {viewer && !organization.viewerCanActFor ? <ReportForm subjectId={organization.id} /> : null}
        </div>
      </header>
      <Notice />
      {!organization.verified ? <p className="callout">{t('organizations.page.pendingVerification')}</p> : null}

      <section aria-labelledby="about-title" className="section">
        <h2 id="about-title">{t('organizations.page.about')}</h2>
        <p className="prose">{organization.description || t('organizations.page.noDescription')}</p>
        {organization.website ? (
          <p>
            {t('organizations.page.website')}:{' '}
            <a href={organization.website} rel="noopener noreferrer nofollow">
              {organization.website}
            </a>
          </p>
        ) : null}
      </section>

      {organization.kind === 'AGENCY' ? <ResponseRecord record={responses.responseRecord} /> : null}

      {organization.kind === 'AGENCY' ? (
        <section aria-labelledby="services-title" className="section">
          <h2 id="services-title">{t('organizations.page.services')}</h2>
          {organization.services.edges.length > 0 ? (
            <div className="card-grid">
              {organization.services.edges.map(({ node }) => (
                <ServiceCard key={node.id} service={node} showAgency={false} />
              ))}
            </div>
          ) : (
            <EmptyState>{t('organizations.page.noServices')}</EmptyState>
          )}
          <Pagination pageInfo={organization.services.pageInfo} parameter="layanan-setelah" />
          {canAddService ? (
            <div className="panel">
              <h3>{t('services.add')}</h3>
              <p className="field-hint">{t('services.addHint')}</p>
              <AppForm intent="addService" schema={createServiceSchema} toInput={serviceInput}>
                <input type="hidden" name="organizationId" value={organization.id} />
                <Field name="name" label={t('services.name')} required />
                <Field name="description" label={t('services.description')} optional>
                  {(control) => <textarea rows={4} {...control} />}
                </Field>
                <Field name="population" type="number" min={1} inputMode="numeric" label={t('services.population')} hint={t('services.populationHint')} optional />
                <button type="submit" className="button">
                  {t('services.submit')}
                </button>
              </AppForm>
            </div>
          ) : null}
        </section>
      ) : null}

      {organization.kind === 'TRAINING_INSTITUTE' ? (
        <OrganizationCourses courses={activity.courses} newCourseFor={organization.viewerCanActFor ? organization.slug : null} />
      ) : (
        <OrganizationProposals proposals={activity.pilotProposals} />
      )}

      <section aria-labelledby="members-title" className="section">
        <h2 id="members-title">
          {t('organizations.page.members')} <span className="count">{t('layout.count', { count: organization.members.totalCount })}</span>
        </h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('organizations.members.name')}</th>
              <th scope="col">{t('organizations.members.role')}</th>
              {canManage ? <th scope="col">{t('organizations.members.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {organization.members.edges.map(({ node }) => (
              <MemberRow key={node.id} membership={node} organizationId={organization.id} grantable={grantable} canManage={canManage} />
            ))}
          </tbody>
        </table>
        <Pagination pageInfo={organization.members.pageInfo} parameter="anggota-setelah" />
        {canManage ? (
          <div className="panel">
            <h3>{t('organizations.members.add')}</h3>
            <p className="field-hint">{t('organizations.members.addHint')}</p>
            <AppForm intent="addMember" schema={addMemberSchema} toInput={memberInput}>
              <input type="hidden" name="organizationId" value={organization.id} />
              <Field name="email" type="email" label={t('organizations.members.email')} autoComplete="off" required />
              <Field name="role" label={t('organizations.members.role')} defaultValue="MEMBER">
                {(control) => (
                  <select {...control}>
                    {grantable.map((role) => (
                      <option key={role} value={role}>
                        {t(`organizations.role.${role}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <button type="submit" className="button">
                {t('organizations.members.submitAdd')}
              </button>
            </AppForm>
          </div>
        ) : null}
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
