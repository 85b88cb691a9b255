import { CancelEnrollmentDocument, EnrollInCourseDocument } from '@gotong/graphql-client';
import { redirect, type AppLoadContext } from '@remix-run/node';
import { textOf } from '~/lib/forms';
import { graphql } from '~/lib/graphql.server';
import { withNotice } from '~/lib/notice';
import { requireViewer } from '~/lib/viewer.server';

type RequestArgs = { request: Request; context: AppLoadContext };

/** Why an enrolment was refused, in words the person can act on. */
const refusalNotices: Record<string, string> = {
  FULL: 'courses.fullNotice',
  CLOSED: 'courses.closedNotice',
  ALREADY_DONE: 'courses.alreadyEnrolledNotice',
};

/** Enrol or cancel (the `intent` of the course's button), then back to `returnTo` with a notice saying what happened. */
export async function enrollmentAction(args: RequestArgs, formData: FormData, returnTo: string): Promise<Response> {
  await requireViewer(args);
  const input = { courseId: textOf(formData, 'courseId') ?? '' };
  if (textOf(formData, 'intent') === 'cancel') {
    const { cancelEnrollment } = await graphql(args, CancelEnrollmentDocument, { input });
    return redirect(withNotice(returnTo, cancelEnrollment.errors.length ? 'courses.refusedNotice' : 'courses.cancelledNotice'));
  }
  const { enrollInCourse } = await graphql(args, EnrollInCourseDocument, { input });
  const [error] = enrollInCourse.errors;
  return redirect(withNotice(returnTo, error ? (refusalNotices[error.code] ?? 'courses.refusedNotice') : 'courses.enrolledNotice'));
}
