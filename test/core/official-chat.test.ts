import { officialChatText, type OfficialChat } from '../../src/core/official-chat';
import { waLink } from '../../src/core/whatsapp';

const LINK =
  'https://script.google.com/macros/s/ENGINE/exec?p=langkah&r=VC-2026-0007%7Cdisposisi_kabid%7Cani%40kominfo.go.id%7C3&u=1795654800000&t=0123456789abcdef0123456789abcdef';
const chat: OfficialChat = {
  recipientName: 'Ani Kabid',
  roleLabel: 'Kepala Bidang',
  stepLabel: 'Disposisi ke Subkoordinator',
  requestId: 'VC-2026-0007',
  applicantName: 'Siti Rahma',
  agency: 'Dinas Pendidikan',
  event: {
    title: 'Rapat koordinasi PPDB',
    date: '2026-12-02',
    start: '09:00',
    end: '11:30',
    timeZone: 'Asia/Makassar',
  },
  link: LINK,
  senderName: 'Budi Kadis',
  officeName: 'Diskominfo Kota Tarakan',
};

describe('officialChatText', () => {
  it('names the request, the work waiting and the event in plain Indonesian, with the link on its own line', () => {
    const text = officialChatText(chat);
    expect(text).toBe(
      [
        'Yth. Ani Kabid,',
        'permohonan video conference VC-2026-0007 dari Siti Rahma (Dinas Pendidikan) sekarang menunggu tindakan Anda sebagai Kepala Bidang: Disposisi ke Subkoordinator.',
        'Kegiatan: Rapat koordinasi PPDB, Rabu, 2 Desember 2026 pukul 09.00–11.30 WITA.',
        'Buka tautan pribadi Anda untuk melihat dan menindaklanjutinya dari ponsel (jangan diteruskan kepada orang lain):',
        LINK,
        'Terima kasih. Budi Kadis — Diskominfo Kota Tarakan',
      ].join('\n\n'),
    );
    expect(text).not.toMatch(/balas|email/i);
  });

  it('keeps the whole link in the chat link however long the free fields are', () => {
    const long = 'x'.repeat(3000);
    const text = officialChatText({
      ...chat,
      recipientName: long,
      roleLabel: long,
      stepLabel: long,
      applicantName: long,
      agency: long,
      senderName: long,
      officeName: long,
      event: { ...chat.event, title: long },
    });
    const url = waLink('0813 2222 3333', text)!;
    expect(new URL(url).searchParams.get('text')).toContain(`\n\n${LINK}\n\n`);
  });

  it('says "pemohon" and "-" when the applicant, agency and title are empty, and signs with the office alone', () => {
    const text = officialChatText({
      ...chat,
      recipientName: '',
      applicantName: '',
      agency: '',
      senderName: '',
      event: { ...chat.event, title: '' },
    });
    expect(text.split('\n\n')).toEqual([
      'Yth. Kepala Bidang,',
      'permohonan video conference VC-2026-0007 dari pemohon sekarang menunggu tindakan Anda sebagai Kepala Bidang: Disposisi ke Subkoordinator.',
      'Kegiatan: -, Rabu, 2 Desember 2026 pukul 09.00–11.30 WITA.',
      'Buka tautan pribadi Anda untuk melihat dan menindaklanjutinya dari ponsel (jangan diteruskan kepada orang lain):',
      LINK,
      'Terima kasih. — Diskominfo Kota Tarakan',
    ]);
  });
});
