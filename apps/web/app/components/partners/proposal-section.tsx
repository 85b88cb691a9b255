import type { ProposalPageFragment } from '@gotong/graphql-client';
import { Link } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { Pagination } from '~/components/pagination';
import { useT } from '~/lib/i18n';
import { newProposalPath } from './proposal-organizations';
import { ProposalTable } from './proposal-table';

export const proposalsParameter = 'usulan';

/** "Pilot proposals" on an innovation's page: those the viewer may see (accepted ones are public), and the way to propose. */
export function ProposalSection({ proposals, subjectId, mayPropose }: { proposals: ProposalPageFragment; subjectId: string; mayPropose: boolean }) {
  const t = useT();
  return (
    <section aria-labelledby="proposals-title" className="section">
      <h2 id="proposals-title">{t('proposals.section.title')}</h2>
      <p>{t('proposals.section.intro')}</p>
      {proposals.edges.length > 0 ? <ProposalTable proposals={proposals.edges.map(({ node }) => node)} /> : <EmptyState>{t('proposals.section.empty')}</EmptyState>}
      <Pagination pageInfo={proposals.pageInfo} parameter={proposalsParameter} />
      {mayPropose ? <ProposeLink subjectId={subjectId} /> : null}
    </section>
  );
}

export function ProposeLink({ subjectId }: { subjectId: string }) {
  const t = useT();
  return (
    <p>
      <Link to={newProposalPath(subjectId)} className="button button-secondary">
        {t('proposals.propose')}
      </Link>
    </p>
  );
}
