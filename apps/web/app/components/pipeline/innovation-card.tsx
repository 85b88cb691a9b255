import type { InnovationCardFragment } from '@gotong/graphql-client';
import { Link } from '@remix-run/react';
import { useT } from '~/lib/i18n';
import { StageBadge } from './stage';

export function InnovationCard({ innovation, headingLevel = 2, showStage = true }: { innovation: InnovationCardFragment; headingLevel?: 2 | 3; showStage?: boolean }) {
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card innovation-card">
      {showStage ? <StageBadge stage={innovation.stage} /> : null}
      <Heading className="card-title">
        <Link to={`/inovasi/${encodeURIComponent(innovation.id)}`}>{innovation.title}</Link>
      </Heading>
      {innovation.summary ? <p>{innovation.summary}</p> : null}
      <p className="meta">
        {innovation.agency.name}
        {innovation.service ? ` · ${innovation.service.name}` : ''}
      </p>
      <p className="meta">
        {t('innovations.progress', { percent: Math.round(innovation.progress * 100) })} · {t('innovations.linkedIdeas', { count: innovation.linkedIdeaCount })}
      </p>
    </article>
  );
}
