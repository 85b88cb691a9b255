import { describe, expect, it } from 'vitest';
import { courseFormInput, toLocalTime } from '~/components/courses/course-form-input';
import { createSurveyInput } from '~/components/surveys/survey-input';
import { formatDateTime, formatTimeRange } from './dates';

function form(fields: Record<string, string>): FormData {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  return formData;
}

describe("dates in an organisation's time zone", () => {
  it('writes a session that ends the next day with plain spaces, as the browser does (no hydration mismatch)', () => {
    const shown = formatTimeRange('id', '2026-12-15T15:25:00Z', '2026-12-15T17:25:00Z', 'Asia/Jakarta');
    expect(shown).toBe('Sel, 15 Desember 2026 pukul 22.25 – Rab, 16 Desember 2026 pukul 00.25 WIB');
  });

  it('takes a course session in Makassar at WITA times and shows it back as typed', () => {
    const input = courseFormInput(form({ timeZone: 'Asia/Makassar', 'sessions.0.startsAt': '2026-12-10T09:00', 'sessions.0.endsAt': '2026-12-10T12:30', 'sessions.0.place': 'Makassar' }));
    expect(input.sessions).toEqual([{ startsAt: '2026-12-10T01:00:00.000Z', endsAt: '2026-12-10T04:30:00.000Z', place: 'Makassar' }]);
    expect(toLocalTime('2026-12-10T01:00:00.000Z', 'Asia/Makassar')).toBe('2026-12-10T09:00');
    const shown = formatTimeRange('id', input.sessions[0].startsAt, input.sessions[0].endsAt, 'Asia/Makassar');
    expect(shown).toMatch(/10 Desember 2026.*09\.00.*12\.30 WITA$/);
    // The same wall clock in Jakarta is an hour later in absolute time.
    expect(courseFormInput(form({ timeZone: 'Asia/Jakarta', 'sessions.0.startsAt': '2026-12-10T09:00', 'sessions.0.endsAt': '', 'sessions.0.place': '' })).sessions[0].startsAt).toBe('2026-12-10T02:00:00.000Z');
  });

  it('opens a survey in Jayapura at 00:00 WIT of its first day and closes it at 23:59:59 WIT of its last', () => {
    const input = createSurveyInput(form({ timeZone: 'Asia/Jayapura', title: 'SKM Puskesmas', period: 'Semester I 2027', opensAt: '2027-01-04', closesAt: '2027-06-30' }), new Date('2026-12-01T00:00:00Z'));
    expect(input.opensAt).toBe('2027-01-03T15:00:00.000Z');
    expect(input.closesAt).toBe('2027-06-30T14:59:59.000Z');
    expect(formatDateTime('id', input.closesAt!, 'Asia/Jayapura')).toMatch(/^30 Juni 2027.*23\.59 WIT$/);
    expect(formatDateTime('en', input.opensAt!, 'Asia/Jayapura')).toMatch(/^4 January 2027.*00:00 WIT$/);
  });

  it("opens a survey started today in the agency's zone now, although it is still yesterday in Jakarta", () => {
    // 16:30 UTC on 31 December is 01:30 on 1 January in Jayapura, 23:30 on 31 December in Jakarta.
    const now = new Date('2026-12-31T16:30:00Z');
    expect(createSurveyInput(form({ timeZone: 'Asia/Jayapura', opensAt: '2027-01-01', closesAt: '2027-01-31' }), now).opensAt).toBe(now.toISOString());
    expect(createSurveyInput(form({ timeZone: 'Asia/Jakarta', opensAt: '2027-01-01', closesAt: '2027-01-31' }), now).opensAt).toBe('2026-12-31T17:00:00.000Z');
  });

  it('leaves text that is not a time as typed, for the form schema to refuse', () => {
    expect(courseFormInput(form({ timeZone: 'Asia/Makassar', 'sessions.0.startsAt': 'besok pagi', 'sessions.0.endsAt': '', 'sessions.0.place': '' })).sessions[0].startsAt).toBe('besok pagi');
    expect(createSurveyInput(form({ timeZone: 'Asia/Jayapura', opensAt: '2027-02-30', closesAt: '' })).opensAt).toBe('2027-02-30');
  });
});
