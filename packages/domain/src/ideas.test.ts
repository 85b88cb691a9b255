import { describe, expect, it } from 'vitest';
import { addHotWeight, hotHalfLifeHours, hotTime, isIdeaEditable, isIdeaVotable, postIdeaSchema } from './ideas.js';

describe('HOT score', () => {
  it('weighs a vote one half-life newer twice as much', () => {
    const now = new Date('2026-11-28T00:00:00Z');
    const later = new Date(now.getTime() + hotHalfLifeHours * 3_600_000);
    expect(hotTime(later) - hotTime(now)).toBeCloseTo(1);
  });

  it('adds weights as log2 of the sum without overflow', () => {
    expect(addHotWeight(3, 3)).toBeCloseTo(4);
    expect(addHotWeight(1000, 1000)).toBeCloseTo(1001);
    expect(addHotWeight(500, -500)).toBe(500);
  });

  it('ranks two recent votes above three old ones', () => {
    const posted = hotTime(new Date('2026-11-01T00:00:00Z'));
    const old = [1, 2, 3].reduce((score) => addHotWeight(score, hotTime(new Date('2026-11-02T00:00:00Z'))), posted);
    const recent = [1, 2].reduce((score) => addHotWeight(score, hotTime(new Date('2026-11-20T00:00:00Z'))), posted);
    expect(recent).toBeGreaterThan(old);
  });
});

describe('idea rules', () => {
  it('lets an idea be edited only while open, and voted while open or under review', () => {
    expect(isIdeaEditable('OPEN')).toBe(true);
    expect(isIdeaEditable('UNDER_REVIEW')).toBe(false);
    expect(isIdeaVotable('UNDER_REVIEW')).toBe(true);
    expect(isIdeaVotable('MERGED')).toBe(false);
  });

  it('normalises tags and refuses markup in them', () => {
    const parsed = postIdeaSchema.parse({ kind: 'PROBLEM', title: 'Antrean terlalu panjang', body: 'Isi yang cukup panjang untuk gagasan ini.', tags: ['KTP-el', 'ktp-el'] });
    expect(parsed.tags).toEqual(['ktp-el']);
    expect(postIdeaSchema.safeParse({ kind: 'PROBLEM', title: 'Antrean terlalu panjang', body: 'Isi yang cukup panjang untuk gagasan ini.', tags: ['<b>'] }).success).toBe(false);
  });
});
