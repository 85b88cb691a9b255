const pathByType: Record<string, string> = {
  Idea: '/gagasan',
  Discussion: '/forum',
  Innovation: '/inovasi',
  Course: '/pelatihan',
  PilotProposal: '/usulan-pilot',
};

/** Where a notification's subject lives in the web app, from its global id ("Type:uuid" in base64url). */
export function subjectPath(globalId: string): string | null {
  try {
    const decoded = atob(globalId.replace(/-/g, '+').replace(/_/g, '/'));
    const typeName = decoded.slice(0, decoded.indexOf(':'));
    const base = pathByType[typeName];
    return base ? `${base}/${globalId}` : null;
  } catch {
    return null;
  }
}
