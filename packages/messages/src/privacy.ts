import { defineMessages } from './define.js';

/** The privacy policy page (UU 27/2022). The policy version must match the API's PRIVACY_POLICY_VERSION. */
export const privacy = defineMessages({
  id: {
    'privacy.title': 'Kebijakan privasi',
    'privacy.version': 'Versi kebijakan: {version}',
    'privacy.intro':
      'Gotong memproses data pribadi sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi. Halaman ini menjelaskan data apa yang kami simpan, untuk apa, berapa lama, dan hak Anda.',
    'privacy.data.title': 'Data yang kami simpan',
    'privacy.data.account': 'Akun: alamat email, nama tampilan, bio, bahasa pilihan dan kata sandi dalam bentuk hash (argon2id), tidak pernah dalam bentuk asli.',
    'privacy.data.sessions': 'Sesi masuk: token sesi dalam bentuk hash, waktu kedaluwarsanya (30 hari) dan alamat IP untuk pembatasan penyalahgunaan.',
    'privacy.data.contributions': 'Kontribusi: gagasan, komentar, suara, diskusi, laporan konten dan keanggotaan organisasi.',
    'privacy.data.audit': 'Log audit: tindakan administratif (misalnya verifikasi organisasi) beserta pelakunya, demi akuntabilitas.',
    'privacy.data.consent': 'Persetujuan: waktu Anda menyetujui kebijakan ini dan versinya.',
    'privacy.purpose.title': 'Tujuan dan dasar pemrosesan',
    'privacy.purpose.body':
      'Data diproses atas dasar persetujuan Anda untuk menjalankan layanan Gotong: menampilkan kontribusi Anda, mengirim pemberitahuan yang Anda ikuti, dan menjaga keamanan platform. Kami tidak menjual data dan tidak memakai pelacak pihak ketiga. Kuki yang dipakai hanya kuki sesi, perlindungan formulir (CSRF) dan pilihan bahasa.',
    'privacy.rights.title': 'Hak Anda',
    'privacy.rights.body':
      'Anda berhak mengakses, memperbaiki, mengunduh salinan data Anda dan menghapus akun. Setelah akun dihapus, kontribusi publik tetap ada namun dianonimkan sebagai “Pengguna terhapus”.',
    'privacy.officer.title': 'Pejabat Pelindungan Data Pribadi',
    'privacy.officer.body': 'Pertanyaan dan permintaan tentang data pribadi dapat disampaikan kepada pejabat pelindungan data kami:',
    'privacy.officer.name': 'Dewi Lestari, S.H., M.H.',
    'privacy.retention.title': 'Lama penyimpanan',
    'privacy.retention.body': 'Data akun disimpan selama akun aktif. Sesi kedaluwarsa setelah 30 hari. Log audit disimpan selama diperlukan untuk akuntabilitas layanan publik.',
  },
  en: {
    'privacy.title': 'Privacy policy',
    'privacy.version': 'Policy version: {version}',
    'privacy.intro':
      'Gotong processes personal data under Law No. 27 of 2022 on Personal Data Protection. This page explains what data we keep, why, for how long, and your rights.',
    'privacy.data.title': 'The data we keep',
    'privacy.data.account': 'Account: email address, display name, bio, preferred language and the password as an argon2id hash, never in plain text.',
    'privacy.data.sessions': 'Sessions: the session token as a hash, its expiry (30 days) and the IP address for abuse limits.',
    'privacy.data.contributions': 'Contributions: ideas, comments, votes, discussions, content reports and organisation memberships.',
    'privacy.data.audit': 'Audit log: administrative actions (such as verifying an organisation) and who did them, for accountability.',
    'privacy.data.consent': 'Consent: when you accepted this policy and its version.',
    'privacy.purpose.title': 'Purpose and legal basis',
    'privacy.purpose.body':
      'Data is processed on the basis of your consent to run Gotong: showing your contributions, notifying you of what you follow, and keeping the platform safe. We do not sell data and use no third-party trackers. The only cookies are the session, form protection (CSRF) and language choice.',
    'privacy.rights.title': 'Your rights',
    'privacy.rights.body':
      'You may access, correct and download a copy of your data and delete your account. Once an account is deleted, public contributions stay, anonymised as “Deleted user”.',
    'privacy.officer.title': 'Data protection officer',
    'privacy.officer.body': 'Questions and requests about personal data go to our data protection officer:',
    'privacy.officer.name': 'Dewi Lestari, S.H., M.H.',
    'privacy.retention.title': 'Retention',
    'privacy.retention.body': 'Account data is kept while the account is active. Sessions expire after 30 days. The audit log is kept as long as public-service accountability needs it.',
  },
});
