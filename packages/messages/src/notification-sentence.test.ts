import { describe, expect, it } from 'vitest';
import { translatorFor } from './index.js';
import { notificationSentence } from './notification-sentence.js';

const kinds = ['COMMENT_REPLY', 'FOLLOWED_COMMENT', 'VOTE_MILESTONE', 'IDEA_REVIEWED', 'PROPOSAL_REVIEWED', 'PROPOSAL_RECEIVED', 'INNOVATION_REQUESTED', 'INNOVATION_STAGE_CHANGED', 'COURSE_CHANGED'];

describe('notification sentences', () => {
  const indonesian = translatorFor('id');
  const english = translatorFor('en');

  it('word every kind in both languages around the subject title', () => {
    for (const kind of kinds) {
      for (const t of [indonesian, english]) {
        const sentence = notificationSentence(t, { kind, title: 'Judul', text: 'ACCEPTED', actorName: 'Budi' });
        expect(sentence).toContain('“Judul”');
        expect(sentence).not.toContain('notificationKind.');
      }
    }
  });

  it('put stored codes (statuses, stages, course changes) into words, never the code itself', () => {
    const reviewed = { kind: 'PROPOSAL_REVIEWED', title: 'Antrean daring', text: 'CHANGES_REQUESTED', actorName: null };
    expect(notificationSentence(indonesian, reviewed)).toBe('Usulan uji coba Anda “Antrean daring” telah ditinjau: Perlu perbaikan');
    expect(notificationSentence(english, reviewed)).toBe('Your pilot proposal “Antrean daring” was reviewed: Changes requested');
    const idea = { kind: 'IDEA_REVIEWED', title: 'Lampu taman', text: 'UNDER_REVIEW', actorName: null };
    expect(notificationSentence(english, idea)).toBe('Your idea “Lampu taman” was reviewed: Under review');
    const moved = { kind: 'INNOVATION_STAGE_CHANGED', title: 'Antrean daring', text: 'TRIAL', actorName: null };
    expect(notificationSentence(indonesian, moved)).toBe('“Antrean daring” yang Anda ikuti pindah ke tahap Uji coba');
    expect(notificationSentence(english, moved)).toBe('“Antrean daring”, which you follow, moved to Trial');
    const course = { kind: 'COURSE_CHANGED', title: 'Pelayanan Prima', text: 'SCHEDULE,PLACE', actorName: null };
    expect(notificationSentence(indonesian, course)).toBe('Pelatihan “Pelayanan Prima” yang Anda ikuti berubah: jadwal, tempat');
    expect(notificationSentence(english, course)).toBe('The course “Pelayanan Prima” you enrolled in changed: schedule, place');
  });

  it('names someone when the actor is unknown', () => {
    expect(notificationSentence(english, { kind: 'COMMENT_REPLY', title: 'Judul', text: null, actorName: null })).toBe('Someone replied to your comment on “Judul”');
  });
});
