import { Link } from '@remix-run/react';

/** The ideas an innovation was born from or that joined it, each linking to its page. */
export function LinkedIdeas({ ideas, empty }: { ideas: readonly { node: { id: string; title: string } }[]; empty: string }) {
  if (ideas.length === 0) return <p>{empty}</p>;
  return (
    <ul>
      {ideas.map(({ node }) => (
        <li key={node.id}>
          <Link to={`/gagasan/${encodeURIComponent(node.id)}`}>{node.title}</Link>
        </li>
      ))}
    </ul>
  );
}
