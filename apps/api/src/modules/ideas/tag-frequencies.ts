import type { EntityManager } from '@mikro-orm/postgresql';

/** How often each common tag occurs, and what any other tag is assumed to (ADR 041, amended in the eleventh session). */
type TagFrequencies = { common: Map<string, number>; otherTag: number };

// PostgreSQL's own guesses for a tag its statistics do not list (arrayselfuncs.c): half the rarest listed one, at
// most 0.5 %, and 0.5 % when none is listed.
const unlistedAtMost = 0.005;

// ANALYZE (autovacuum's, after a tenth of the table has changed) is what changes the statistics; reading them again
// this often keeps a process within minutes of it, for one statement.
const freshFor = 5 * 60_000;

const readings = new WeakMap<object, { read: Promise<TagFrequencies | null>; at: number }>();

async function readTagFrequencies(em: EntityManager): Promise<TagFrequencies | null> {
  const [statistics] = await em.getConnection().execute<{ tags: string[] | null; frequencies: number[] | null }[]>(
    `select most_common_elems::text::text[] as tags, most_common_elem_freqs as frequencies
     from pg_stats where schemaname = current_schema() and tablename = 'ideas' and attname = 'tags'`,
  );
  // Never analysed: nothing is known.
  if (!statistics) return null;
  const { tags, frequencies } = statistics;
  if (!tags || !frequencies) return { common: new Map(), otherTag: unlistedAtMost };
  // After a frequency for each tag come the lowest and the highest of them.
  const lowest = frequencies[tags.length];
  return { common: new Map(tags.map((tag, index) => [tag, frequencies[index]])), otherTag: Math.min(lowest / 2, unlistedAtMost) };
}

/**
 * The share of the ideas that the ideas' statistics say carry `tag`, or null when the table was never analysed (or its
 * statistics could not be read). Read once every few minutes for each database.
 */
export async function tagFrequency(em: EntityManager, tag: string): Promise<number | null> {
  const key = em.config;
  let reading = readings.get(key);
  if (!reading || Date.now() - reading.at > freshFor) {
    // The statistics only spare a page the window's walk: without them the page walks it, and the next one reads
    // them again.
    const read: Promise<TagFrequencies | null> = readTagFrequencies(em).catch(() => {
      if (readings.get(key)?.read === read) readings.delete(key);
      return null;
    });
    reading = { read, at: Date.now() };
    readings.set(key, reading);
  }
  const frequencies = await reading.read;
  return frequencies && (frequencies.common.get(tag) ?? frequencies.otherTag);
}
