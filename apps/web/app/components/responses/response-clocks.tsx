import type { IdeaResponsePanelFragment, ResponseClockFieldsFragment, ResponseRecordFieldsFragment } from '@gotong/graphql-client';
import { formatPercent } from '@gotong/messages/format';
import { Link } from '@remix-run/react';
import { useFormatDate, useLocale, useT } from '~/lib/i18n';

/** How a clock stands, with the working days that say by how much. */
export function ClockStatus({ clock }: { clock: ResponseClockFieldsFragment }) {
  const t = useT();
  const count = clock.status === 'MET' ? (clock.workingDaysTaken ?? 0) : clock.workingDaysLate;
  return <span className={`badge clock-${clock.status.toLowerCase()}`}>{t(`responses.clock.status.${clock.status}`, { count })}</span>;
}

/** One line per step: what it is, its deadline in the agency's zone, and whether it was met. */
export function ClockList({ clocks, timeZone }: { clocks: ResponseClockFieldsFragment[]; timeZone?: string | null }) {
  const t = useT();
  const formatDate = useFormatDate();
  // The deadline is the midnight ending the last working day: the day shown is the one before it.
  const lastDay = (dueAt: string) => new Date(new Date(dueAt).getTime() - 1).toISOString();
  return (
    <ul className="response-clocks">
      {clocks.map((clock) => (
        <li key={clock.step}>
          <strong>{t(`responses.stepTitle.${clock.step}`)}</strong> <ClockStatus clock={clock} />{' '}
          <span>
            {t('responses.clock.due', { date: formatDate(lastDay(clock.dueAt), timeZone) })} · {t('responses.clock.allowed', { count: clock.workingDaysAllowed })}
          </span>
          {clock.fieldCheck && clock.fieldCheckNote ? <p>{t('responses.clock.fieldCheck', { note: clock.fieldCheckNote })}</p> : null}
        </li>
      ))}
    </ul>
  );
}

/** The idea page's public panel of clocks and the agency's official replies, pinned under the idea. */
export function ResponsePanel({ idea }: { idea: IdeaResponsePanelFragment }) {
  const t = useT();
  const formatDate = useFormatDate();
  if (idea.responseClocks.length === 0 && idea.officialReplies.length === 0) return null;
  return (
    <>
      {idea.responseClocks.length > 0 ? (
        <section className="response-panel" aria-labelledby="response-clocks-title">
          <h2 id="response-clocks-title">{t('responses.clocks.title')}</h2>
          <p className="hint">{t('responses.clocks.hint')}</p>
          <ClockList clocks={idea.responseClocks} timeZone={idea.agency?.timeZone} />
        </section>
      ) : null}
      {idea.officialReplies.map((reply) => (
        <section key={reply.id} className="official-reply" aria-label={t('responses.officialReply.pinned')}>
          <p className="comment-meta">
            <span className="badge badge-verified">{t('responses.officialReply.badge', { agency: reply.officialReplyOf?.name ?? '' })}</span>{' '}
            {reply.officialReplyOf ? <Link to={`/organisasi/${reply.officialReplyOf.slug}`}>{reply.officialReplyOf.name}</Link> : null}
            {reply.author ? ` · ${reply.author.displayName}` : null} · <time dateTime={reply.createdAt}>{formatDate(reply.createdAt)}</time>
          </p>
          {/* bodyHtml is rendered from markdown and sanitised by the API. */}
          <div className="markdown" dangerouslySetInnerHTML={{ __html: reply.bodyHtml ?? '' }} />
        </section>
      ))}
    </>
  );
}

/** An agency's public record: per step, the share of decided clocks met on time, and the median working days. */
export function ResponseRecord({ record }: { record: ResponseRecordFieldsFragment }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="response-record-title" className="section">
      <h2 id="response-record-title">{t('responses.record.title', { days: record.days })}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('responses.record.step')}</th>
            <th scope="col">{t('responses.record.onTime')}</th>
            <th scope="col">{t('responses.record.median')}</th>
          </tr>
        </thead>
        <tbody>
          {record.steps.map((step) => (
            <tr key={step.step}>
              <th scope="row">{t(`responses.stepTitle.${step.step}`)}</th>
              <td>{step.shareOnTime === null ? t('responses.record.none') : t('responses.record.share', { share: formatPercent(locale, step.shareOnTime, 0), count: step.decided })}</td>
              <td>{step.medianWorkingDays === null ? t('responses.record.none') : t('responses.record.medianDays', { days: step.medianWorkingDays })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
