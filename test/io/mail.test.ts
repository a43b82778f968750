import { createCtx, type Ctx } from '../../dev/standin/context';
import { createMailApp, createMailState, type MailState } from '../../dev/standin/mail';
import { renderMessage } from '../../src/core/messages';
import { sendMail, type OutgoingMail } from '../../src/io/mail';

let ctx: Ctx;
let state: MailState;

function install(quota: number): void {
  ctx = createCtx({
    timeZone: 'Asia/Makassar',
    activeUser: 'op@example.go.id',
    effectiveUser: 'admin@example.go.id',
    htmlDir: 'dist',
    isAddon: false,
  });
  state = createMailState(quota);
  (globalThis as any).MailApp = createMailApp(ctx, state);
}

afterEach(() => {
  delete (globalThis as any).MailApp;
});

const message = renderMessage('ditolak', {
  requestId: 'VC-2026-0001',
  applicantName: 'Siti',
  officeName: 'Diskominfo',
  reason: 'Jadwal bentrok',
  event: { title: 'Rapat', date: '2026-01-05', start: '09:00', end: '10:00', timeZone: 'Asia/Makassar' },
});
const mail: OutgoingMail = {
  to: 'siti@example.go.id',
  ...message,
  replyTo: 'kantor@example.go.id',
  name: 'Layanan Vicon',
};

describe('sendMail', () => {
  it('with quota 1: first sent, second not sent and reported as quota', () => {
    install(1);
    expect(sendMail(mail)).toBe('sent');
    expect(sendMail(mail)).toBe('quota');
    expect(state.outbox).toHaveLength(1);
    expect(state.outbox[0]).toMatchObject({
      subject: message.subject,
      body: message.text,
      htmlBody: message.html,
      replyTo: 'kantor@example.go.id',
      name: 'Layanan Vicon',
    });
  });

  it('does not send a message with more recipients than the quota left', () => {
    install(2);
    expect(sendMail({ ...mail, to: 'a@example.go.id, b@example.go.id, c@example.go.id' })).toBe('quota');
    expect(state.outbox).toHaveLength(0);
  });

  it('turns a quota error thrown while sending into "quota"', () => {
    install(10);
    ctx.faults.inject('MailApp.sendEmail', { kind: 'quota', times: 1 });
    expect(sendMail(mail)).toBe('quota');
    expect(sendMail(mail)).toBe('sent');
  });

  it('lets other errors through', () => {
    install(10);
    ctx.faults.inject('MailApp.sendEmail', { kind: 'throw', message: 'boom', times: 1 });
    expect(() => sendMail(mail)).toThrow('boom');
  });

  it('refuses an empty recipient', () => {
    install(10);
    expect(() => sendMail({ ...mail, to: ' ' })).toThrow(/penerima kosong/);
    expect(state.outbox).toHaveLength(0);
  });

  it("sends a body holding '/s/' or a start-link-like text an applicant typed: the body is data", () => {
    install(10);
    const text = 'Kegiatan: Sosialisasi /s/ https://zoom.us/s/123?zak=abc start_url';
    expect(sendMail({ ...mail, subject: 'Rapat /s/', text, html: `<p>${text}</p>` })).toBe('sent');
    expect(state.outbox.map((m) => m.body)).toEqual([text]);
  });
});
