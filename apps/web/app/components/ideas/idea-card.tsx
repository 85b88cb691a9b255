import type { IdeaCardFragment } from '@gotong/graphql-client';
import { Link } from '@remix-run/react';
import { useFormatDate, useT } from '~/lib/i18n';
import { VoteButton } from './vote-button';

export function IdeaBadges({ idea }: { idea: Pick<IdeaCardFragment, 'kind' | 'status' | 'hidden'> }) {
  const t = useT();
  return (
    <p className="badges">
      <span className={`badge badge-${idea.kind.toLowerCase()}`}>{t(`ideas.kind.${idea.kind}`)}</span>
      <span className={`badge badge-status-${idea.status.toLowerCase()}`}>{t(`ideas.status.${idea.status}`)}</span>
      {idea.hidden ? <span className="badge badge-hidden">{t('ideas.hidden')}</span> : null}
    </p>
  );
}

/** One idea in a feed: what it is, who wrote it, for whom, its votes (with the vote button) and comments. */
export function IdeaCard({ idea, headingLevel = 2 }: { idea: IdeaCardFragment; headingLevel?: 2 | 3 }) {
  const t = useT();
  const formatDate = useFormatDate();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="idea-card">
      <IdeaBadges idea={idea} />
      <Heading className="idea-card-title">
        <Link to={`/gagasan/${idea.id}`}>{idea.title}</Link>
      </Heading>
      <p className="idea-meta">
        <Link to={`/pengguna/${idea.author.id}`}>{t('ideas.by', { name: idea.author.displayName })}</Link>
        {idea.organization ? <> · {t('ideas.onBehalf', { name: idea.organization.name })}</> : null}
        {idea.agency ? <> · {t('ideas.addressedTo', { name: idea.agency.name })}</> : null}
        {' · '}
        <time dateTime={idea.createdAt}>{formatDate(idea.createdAt)}</time>
      </p>
      {idea.tags.length > 0 ? (
        <ul className="tags" aria-label={t('ideas.tags')}>
          {idea.tags.map((tag) => (
            <li key={tag}>
              <Link to={`/gagasan?label=${encodeURIComponent(tag)}`}>#{tag}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="idea-card-footer">
        <VoteButton idea={idea} />
        <Link to={`/gagasan/${idea.id}#komentar`}>{t('ideas.comments', { count: idea.commentCount })}</Link>
      </div>
    </article>
  );
}
