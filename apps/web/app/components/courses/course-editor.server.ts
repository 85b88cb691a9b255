import { CourseInnovationChoicesDocument, PublishCourseDocument } from '@gotong/graphql-client';
import { data, redirect, type AppLoadContext } from '@remix-run/node';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure, typedValues } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { withNotice } from '~/lib/notice';
import { courseFormInput, courseFormSchema, filledSessions, sessionRowCount } from './course-form-input';
import { courseFormIntent, type InnovationChoice } from './course-form';

type RequestArgs = { request: Request; context: AppLoadContext };

/** The form shown again as it was typed, for a step that is not saving yet (another session row, an innovation search). */
function redisplay(formData: FormData, innovationChoices?: InnovationChoice[]) {
  return data({ intent: courseFormIntent, fieldErrors: {}, values: typedValues(formData), innovationChoices });
}

/** The editor's innovations to choose from: the newest, or those whose title has the search text. */
export async function innovationChoices(args: RequestArgs, text?: string): Promise<InnovationChoice[]> {
  const { innovations } = await graphql(args, CourseInnovationChoicesDocument, { text });
  return innovations.edges.map(({ node }) => ({ id: node.id, title: node.title, agency: node.agency.name }));
}

/**
 * The course editor's POST, for a new course (`instituteId`) or a change (`courseId`): saves and goes to the course,
 * or shows the form again with what to fix, one more session row, or the innovations found.
 */
export async function courseEditorAction(args: RequestArgs, formData: FormData, target: { courseId: string } | { instituteId: string }) {
  const step = textOf(formData, 'step');
  if (step === 'addSession') {
    formData.set(`sessions.${sessionRowCount(formData)}.startsAt`, '');
    return redisplay(formData);
  }
  if (step === 'searchInnovations') return redisplay(formData, await innovationChoices(args, textOf(formData, 'innovationSearch')));
  const parsed = validate(courseFormSchema, courseFormInput(formData));
  if (!parsed.data) return failure(formData, { intent: courseFormIntent, fieldErrors: parsed.fieldErrors });
  const { publishCourse } = await graphql(args, PublishCourseDocument, { input: { ...parsed.data, ...target, sessions: filledSessions(parsed.data.sessions) } });
  if (!publishCourse.course) return failure(formData, fromUserErrors(publishCourse.errors, courseFormIntent));
  return redirect(withNotice(`/pelatihan/${encodeURIComponent(publishCourse.course.id)}`, 'courses.savedNotice'));
}
