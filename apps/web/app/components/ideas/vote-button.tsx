import { Link, useFetcher, useLocation } from '@remix-run/react';
import { CsrfField } from '~/components/form';
import { dynamicKey, useT } from '~/lib/i18n';
import { useViewer } from '~/lib/root-data';

type VotableIdea = { id: string; title: string; status: string; voteCount: number; viewerHasVoted: boolean; viewerCanVote: boolean };

/** An idea in these states takes no votes; the button's place says why. */
const closedStatuses = new Set(['ACCEPTED', 'DECLINED', 'MERGED']);

/**
 * Support (or withdraw support for) an idea (a closed one says why it takes no votes): a plain POST form that works without JavaScript; with it, the vote is
 * sent in the background and the count changes at once, then settles on what the server counted.
 */
export function VoteButton({ idea }: { idea: VotableIdea }) {
  const t = useT();
  const viewer = useViewer();
  const location = useLocation();
  const fetcher = useFetcher();
  const here = `${location.pathname}${location.search}`;
  const pending = fetcher.formData?.get('intent');
  const voted = pending ? pending === 'vote' : idea.viewerHasVoted;
  const count = pending ? idea.voteCount + (pending === 'vote' ? 1 : -1) * (voted === idea.viewerHasVoted ? 0 : 1) : idea.voteCount;
  const label = t('ideas.votes', { count });
  if (closedStatuses.has(idea.status)) {
    return (
      <div className="vote">
        <span className="vote-count">{label}</span>
        <span className="vote-closed">{t(dynamicKey(`ideas.vote.closedBecause.${idea.status}`))}</span>
      </div>
    );
  }
  if (!viewer) {
    return (
      <div className="vote">
        <span className="vote-count">{label}</span>
        <Link to={`/masuk?kembali=${encodeURIComponent(here)}`} className="button button-small button-secondary">
          {t('ideas.signInToVote')}
        </Link>
      </div>
    );
  }
  const canAct = voted || idea.viewerCanVote || pending !== undefined;
  return (
    <fetcher.Form method="post" action={`/gagasan/${idea.id}/suara`} className="vote">
      <CsrfField />
      <input type="hidden" name="kembali" value={here} />
      <span className="vote-count" aria-live="polite">
        {label}
      </span>
      {canAct ? (
        <button
          type="submit"
          name="intent"
          value={voted ? 'unvote' : 'vote'}
          className={voted ? 'button button-small button-secondary' : 'button button-small'}
          aria-pressed={voted}
          aria-label={t(voted ? 'ideas.unvoteFor' : 'ideas.voteFor', { title: idea.title })}
        >
          {t(voted ? 'ideas.unvote' : 'ideas.vote')}
        </button>
      ) : null}
    </fetcher.Form>
  );
}
