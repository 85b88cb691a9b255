import { defineMessages } from './define.js';

/** The agency inbox, response clocks in working days, official replies, joint leave days (ADR 022). */
export const responses = defineMessages({
  id: {
    'notificationKind.IDEA_ADDRESSED': 'Masalah baru untuk {text}: “{title}”',
    'notificationKind.OFFICIAL_REPLY': '{text} memberi jawaban resmi untuk “{title}”',
    'notificationKind.RESPONSES_OVERDUE': 'Lewat tenggat: {text} untuk “{title}”',
    'notificationSetting.IDEA_ADDRESSED': 'Masalah baru yang ditujukan ke instansi saya',
    'notificationSetting.OFFICIAL_REPLY': 'Jawaban resmi instansi atas gagasan saya atau yang saya ikuti',
    'notificationSetting.RESPONSES_OVERDUE': 'Tanggapan instansi saya yang lewat tenggat (dalam ringkasan harian)',

    'responses.step.ACKNOWLEDGE': 'tanda terima',
    'responses.step.REPLY': 'jawaban resmi',
    'responses.step.RESOLVE': 'penyelesaian',

    'responses.refused.notOfficer': 'Hanya petugas {agency} yang dapat melakukan ini.',
    'responses.officialReply.refused.notByOfficer': 'Hanya komentar petugas {agency} yang dapat menjadi jawaban resminya.',
    'responses.officialReply.refused.notOnIdea': 'Jawaban resmi hanya untuk komentar pada gagasan.',
    'responses.officialReply.refused.already': 'Komentar ini sudah menjadi jawaban resmi.',
    'responses.fieldCheck.refused.notOpen': 'Tenggat penyelesaian gagasan ini sudah berhenti atau sudah diperpanjang untuk pemeriksaan lapangan.',
    'responses.durations.refused.fieldCheckShorter': 'Tenggat dengan pemeriksaan lapangan tidak boleh lebih pendek dari tenggat penyelesaian.',
    'responses.jointLeave.refused.taken': 'Tanggal ini sudah menjadi cuti bersama.',
    'responses.jointLeave.refused.notFound': 'Cuti bersama ini tidak ada.',
  },
  en: {
    'notificationKind.IDEA_ADDRESSED': 'A new problem for {text}: “{title}”',
    'notificationKind.OFFICIAL_REPLY': '{text} gave an official reply to “{title}”',
    'notificationKind.RESPONSES_OVERDUE': 'Overdue: the {text} of “{title}”',
    'notificationSetting.IDEA_ADDRESSED': 'New problems addressed to my agency',
    'notificationSetting.OFFICIAL_REPLY': 'Official replies to ideas of mine or that I follow',
    'notificationSetting.RESPONSES_OVERDUE': 'My agency’s overdue responses (in the daily digest)',

    'responses.step.ACKNOWLEDGE': 'acknowledgement',
    'responses.step.REPLY': 'official reply',
    'responses.step.RESOLVE': 'resolution',

    'responses.refused.notOfficer': 'Only officers of {agency} can do this.',
    'responses.officialReply.refused.notByOfficer': 'Only a comment by an officer of {agency} can be its official reply.',
    'responses.officialReply.refused.notOnIdea': 'Official replies are comments on ideas.',
    'responses.officialReply.refused.already': 'This comment is already an official reply.',
    'responses.fieldCheck.refused.notOpen': 'This idea’s resolution clock has stopped or is already extended for a field check.',
    'responses.durations.refused.fieldCheckShorter': 'The duration with a field check cannot be shorter than the resolution’s.',
    'responses.jointLeave.refused.taken': 'This date is already a joint leave day.',
    'responses.jointLeave.refused.notFound': 'This joint leave day does not exist.',
  },
});
