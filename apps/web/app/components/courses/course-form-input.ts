import { courseContentSchema, courseStatuses, instantInZone, localDateTimeInZone, timeZoneOr, type TimeZone } from '@gotong/domain';
import { z } from 'zod';
import { itemsOf, oneFieldList, textOf } from '~/lib/forms';

/** Checkboxes of linked innovations are named `innovation:<id>`, so each keeps its own value (its title) on redisplay. */
export const innovationFieldPrefix = 'innovation:';

const sessionSchema = courseContentSchema.shape.sessions.element;
const sessionRow = z.object({ startsAt: z.string(), endsAt: z.string(), place: z.string() });
type SessionRow = z.infer<typeof sessionRow>;

const isBlank = (row: SessionRow) => !row.startsAt && !row.endsAt && !row.place;

/**
 * The course editor's form: the shared course rules, with session rows the person may leave empty (the form offers
 * several). Errors keep the row's position, so they show next to the row that has them.
 */
export const courseFormSchema = courseContentSchema.extend({
  sessions: z
    .array(sessionRow)
    .superRefine((rows, context) => {
      if (rows.every(isBlank)) context.addIssue({ code: 'custom', message: 'required', path: [0, 'startsAt'] });
      rows.forEach((row, index) => {
        if (isBlank(row)) return;
        const missing = (['startsAt', 'endsAt'] as const).filter((name) => !row[name]);
        for (const name of missing) context.addIssue({ code: 'custom', message: 'required', path: [index, name] });
        if (missing.length > 0) return;
        const result = sessionSchema.safeParse(row);
        if (!result.success) for (const issue of result.error.issues) context.addIssue({ code: 'custom', message: issue.message, path: [index, ...issue.path] });
      });
    }),
  competencies: oneFieldList(courseContentSchema.shape.competencies),
  status: z.enum(courseStatuses, { message: 'invalid' }),
  innovationIds: z.array(z.string()).max(20, { message: 'tooLarge' }),
});

/** The filled session rows of a checked form, as publishCourse takes them. */
export function filledSessions(rows: readonly SessionRow[]) {
  return rows.filter((row) => !isBlank(row)).map((row) => ({ startsAt: new Date(row.startsAt).toISOString(), endsAt: new Date(row.endsAt).toISOString(), place: row.place }));
}

/** How many session rows the form posted (they are numbered from 0 without gaps). */
export function sessionRowCount(values: { has(name: string): boolean }): number {
  let count = 0;
  while (values.has(`sessions.${count}.startsAt`)) count += 1;
  return count;
}

/** The hidden field naming the institute's time zone, in which the form's `datetime-local` values are read. */
export const timeZoneField = 'timeZone';

/** A `datetime-local` value is a time in the institute's zone; text that is no time stays as it is for the schema to refuse. */
export function fromLocalTime(value: string | undefined, zone: TimeZone): string {
  if (!value) return '';
  return instantInZone(value, zone)?.toISOString() ?? value;
}

/** The other way: an instant as a `datetime-local` value in the institute's zone. */
export function toLocalTime(iso: string, zone: TimeZone): string {
  return localDateTimeInZone(iso, zone);
}

/** The course editor's fields as courseFormSchema takes them. */
export function courseFormInput(formData: FormData) {
  const capacity = textOf(formData, 'capacity');
  const zone = timeZoneOr(textOf(formData, timeZoneField));
  return {
    title: textOf(formData, 'title') ?? '',
    summary: textOf(formData, 'summary') ?? '',
    format: textOf(formData, 'format') ?? '',
    capacity: capacity === undefined ? undefined : Number(capacity),
    competencies: itemsOf(formData, 'competencies', /[,\n]/),
    sessions: Array.from({ length: sessionRowCount(formData) }, (_, index) => ({
      startsAt: fromLocalTime(textOf(formData, `sessions.${index}.startsAt`), zone),
      endsAt: fromLocalTime(textOf(formData, `sessions.${index}.endsAt`), zone),
      place: textOf(formData, `sessions.${index}.place`) ?? '',
    })),
    status: textOf(formData, 'status') ?? '',
    innovationIds: [...formData.keys()].filter((name) => name.startsWith(innovationFieldPrefix)).map((name) => name.slice(innovationFieldPrefix.length)),
  };
}
