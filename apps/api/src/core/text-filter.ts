/** A case-insensitive "contains" filter for a name column, with LIKE's wildcards taken literally. */
export function containsText(text: string): { $ilike: string } {
  const escaped = text.trim().slice(0, 100).replace(/[\\%_]/g, (character) => `\\${character}`);
  return { $ilike: `%${escaped}%` };
}
