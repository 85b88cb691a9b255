import { CourseDocument } from '@gotong/graphql-client';
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

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.editCourse');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const args = { request, context };
  await requireViewer(args);
  const [{ course }, choices] = await Promise.all([graphql(args, CourseDocument, { id: params.id ?? '' }), innovationChoices(args)]);
  if (!course) throw notFound();
  if (!course.viewerCanManage) throw new Response('Forbidden', { status: 403 });
  return { course, choices };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  await requireViewer({ request, context });
  return courseEditorAction({ request, context }, formData, { courseId: params.id ?? '' });
}

export default function EditCourse() {
  const t = useT();
  const { course, choices } = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link to={`/pelatihan/${encodeURIComponent(course.id)}`}>{course.title}</Link>
      </p>
      <h1>{t('courses.edit.title')}</h1>
      <CourseForm course={course} choices={choices} submitLabel={t('courses.edit.submit')} timeZone={course.institute.timeZone} />
    </div>
  );
}

export const ErrorBoundary = InstitutePageErrorBoundary;
