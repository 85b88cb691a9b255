import { CourseInstituteDocument } from '@gotong/graphql-client';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { courseEditorAction, innovationChoices } from '~/components/courses/course-editor.server';
import { CourseForm } from '~/components/courses/course-form';
import { InstitutePageErrorBoundary } from '~/components/courses/course-refusal';
import { verifiedFormData } from '~/lib/csrf.server';
import { graphql, notFound } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.newCourse');

type RequestArgs = { request: Request; context: LoaderFunctionArgs['context'] };

/** The institute named by `?lembaga=<slug>`, if the viewer may publish its courses (the API checks again). */
async function instituteToPublishFor(args: RequestArgs) {
  await requireViewer(args);
  const slug = new URL(args.request.url).searchParams.get('lembaga');
  if (!slug) throw new Response('Forbidden', { status: 403 });
  const { organization } = await graphql(args, CourseInstituteDocument, { slug });
  if (!organization) throw notFound();
  if (organization.kind !== 'TRAINING_INSTITUTE' || !organization.viewerCanActFor) throw new Response('Forbidden', { status: 403 });
  return organization;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const args = { request, context };
  const [institute, choices] = await Promise.all([instituteToPublishFor(args), innovationChoices(args)]);
  return { institute, choices };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const institute = await instituteToPublishFor({ request, context });
  return courseEditorAction({ request, context }, formData, { instituteId: institute.id });
}

export default function NewCourse() {
  const t = useT();
  const { institute, choices } = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link to={`/organisasi/${institute.slug}`}>{institute.name}</Link>
      </p>
      <h1>{t('courses.new.title')}</h1>
      <CourseForm choices={choices} submitLabel={t('courses.new.submit')} timeZone={institute.timeZone} />
    </div>
  );
}

export const ErrorBoundary = InstitutePageErrorBoundary;
