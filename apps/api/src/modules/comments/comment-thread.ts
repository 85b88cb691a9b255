import { maxCommentDepth } from '@gotong/domain';

/**
 * A comment's thread path is its parent's path followed by its own fixed-width segment (time, then id), all
 * lowercase letters and digits: sorting by the path lists a thread depth-first, oldest first, in any collation.
 */
const segmentLength = 17;

export function threadSegment(createdAt: Date, id: string): string {
  return createdAt.getTime().toString(36).padStart(9, '0') + id.replace(/-/g, '').slice(0, 8);
}

/** Where a reply goes: under its parent, or beside it once the thread is as deep as it may get. */
export function replyPlacement(parent: { threadPath: string; depth: number } | null): { parentPath: string; depth: number; beside: boolean } {
  if (!parent) return { parentPath: '', depth: 0, beside: false };
  if (parent.depth >= maxCommentDepth) {
    return { parentPath: parent.threadPath.slice(0, -segmentLength), depth: parent.depth, beside: true };
  }
  return { parentPath: parent.threadPath, depth: parent.depth + 1, beside: false };
}
