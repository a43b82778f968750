import { createCtx, type Ctx } from '../../dev/standin/context';
import { makeBlob } from '../../dev/standin/blob';
import { createMailApp, createMailState, type MailState } from '../../dev/standin/mail';

function setup(quota: number): { ctx: Ctx; state: MailState; mail: GoogleAppsScript.Mail.MailApp } {
  const ctx = createCtx({
    timeZone: 'Asia/Makassar',
    activeUser: 'op@example.go.id',
    effectiveUser: 'admin@example.go.id',
    htmlDir: 'dist',
    isAddon: false,
  });
  const state = createMailState(quota);
  return { ctx, state, mail: createMailApp(ctx, state) };
}

describe('MailApp stand-in', () => {
  it('records both call forms in the outbox with options and attachments', () => {
    const { ctx, state, mail } = setup(10);
    mail.sendEmail('a@example.go.id', 'Subjek', 'Isi', {
      htmlBody: '<p>Isi</p>',
      replyTo: 'kantor@example.go.id',
      name: 'Layanan Vicon',
    });
    mail.sendEmail({
      to: 'b@example.go.id, c@example.go.id',
      subject: 'S2',
      body: 'B2',
      attachments: [makeBlob(ctx, Buffer.from('%PDF-1.4'), 'application/pdf', 'surat.pdf')],
    });
    expect(state.outbox).toHaveLength(2);
    expect(state.outbox[0]).toMatchObject({
      to: ['a@example.go.id'],
      subject: 'Subjek',
      htmlBody: '<p>Isi</p>',
      replyTo: 'kantor@example.go.id',
      name: 'Layanan Vicon',
      from: 'admin@example.go.id',
    });
    expect(state.outbox[1].to).toEqual(['b@example.go.id', 'c@example.go.id']);
    expect(state.outbox[1].attachments[0]).toMatchObject({ name: 'surat.pdf', contentType: 'application/pdf' });
    expect(Buffer.from(state.outbox[1].attachments[0].bytes).toString('latin1')).toBe('%PDF-1.4');
    expect(ctx.calls.count('MailApp.sendEmail')).toBe(2);
  });

  it('counts the quota per recipient and throws the real message when it runs out', () => {
    const { state, mail } = setup(3);
    expect(mail.getRemainingDailyQuota()).toBe(3);
    mail.sendEmail({ to: 'a@example.go.id', cc: 'b@example.go.id', subject: 's', body: 'b' });
    expect(mail.getRemainingDailyQuota()).toBe(1);
    expect(() => mail.sendEmail('c@example.go.id, d@example.go.id', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(state.outbox).toHaveLength(1);
    mail.sendEmail('c@example.go.id', 's', 'b');
    expect(mail.getRemainingDailyQuota()).toBe(0);
  });

  it('gives the quota back the next day', () => {
    const { ctx, mail } = setup(1);
    mail.sendEmail('a@example.go.id', 's', 'b');
    expect(mail.getRemainingDailyQuota()).toBe(0);
    ctx.clock.advance(24 * 3600 * 1000);
    expect(mail.getRemainingDailyQuota()).toBe(1);
  });

  it('refuses invalid or missing recipients without spending quota', () => {
    const { mail } = setup(5);
    expect(() => mail.sendEmail('bukan-email', 's', 'b')).toThrow('Invalid email: bukan-email');
    expect(() => mail.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow(/no recipient/);
    expect(mail.getRemainingDailyQuota()).toBe(5);
  });
});
