/**
 * Reply letters (Surat Tanggapan / Balasan) as effect handlers: draft_letter makes the
 * request's draft from the template of its kind (re-running replaces it), sign_letter takes
 * the next number and saves the numbered PDF, send_letter mails the PDF to the applicant.
 * Handlers run inside runEffects, i.e. under the caller's script lock, so numbering is
 * serialised. Each is safe to retry: a request that already has a number never takes another.
 */
import { localDate } from '../core/dates';
import {
  LETTER_KINDS,
  LETTER_KIND_LABELS,
  checkPlaceholders,
  formatLetterNumber,
  letterFields,
  nextLetterSeq,
  type LetterKind,
} from '../core/letter';
import type { VcRequest } from '../core/request';
import type { Settings } from '../core/settings';
import type { Preset } from '../core/sop/types';
import { roleLabel, type Delegation, type UserRecord } from '../core/users';
import { missingLetterSettings } from '../core/letter-settings';
import { applicantMessage } from './delivery';
import { PermanentFailure } from './failures';
import { QUOTA_NOTE } from './delivery-context';
import { isEmail } from '../core/email';
import type { EffectHandler, EffectHandlers, EffectResult } from './ports';
import type { Clock, LetterDocsPort, LetterNumberStore, MailerPort } from './ports';

/** What the letter handlers need. */
export interface LetterContext {
  clock: Clock;
  settings: () => Settings;
  users: () => { users: UserRecord[]; delegations: Delegation[] };
  docs: LetterDocsPort;
  numbers: LetterNumberStore;
  mailer?: MailerPort;
}

type Params = Record<string, string>;

/** What a draft shows where the number will be. */
const DRAFT_NUMBER = '(nomor diberikan saat surat ditandatangani)';

/** The letter kind for `r`: params.kind when valid, else by the request's step (ditolak, penuh), else 'persetujuan'. */
export function letterKindOf(r: VcRequest, p: Params): LetterKind {
  if ((LETTER_KINDS as string[]).includes(p.kind ?? '')) return p.kind as LetterKind;
  if (r.stepId === 'ditolak') return 'penolakan';
  if (r.stepId === 'penuh' || r.stepId === 'jadwal_penuh') return 'jadwal_penuh';
  return 'persetujuan';
}

/** The role that signs: the actor of the step whose action emits sign_letter ('kadis' when none does). */
export function signingRole(preset: Preset): string {
  const step = preset.steps.find((s) => s.actions.some((a) => a.effects.some((e) => e.kind === 'sign_letter')));
  return step?.actor ?? 'kadis';
}

function signerOf(ctx: LetterContext, preset: Preset): { name: string; position: string; nip: string } {
  const s = ctx.settings();
  const role = signingRole(preset);
  const holder = ctx.users().users.find((u) => u.active && u.roles.includes(role));
  return {
    name: s.signerName || holder?.name || '',
    nip: s.signerNip || holder?.nip || '',
    position: s.signerPosition || roleLabel(preset, role),
  };
}

function fieldsFor(
  ctx: LetterContext,
  r: VcRequest,
  preset: Preset,
  letterNumber: string,
  p: Params,
): Record<string, string> {
  const s = ctx.settings();
  return letterFields(r, s, {
    letterNumber,
    letterDate: localDate(ctx.clock.now(), s.timeZone),
    signer: signerOf(ctx, preset),
    reason: p.note || undefined,
    office: { government: s.letterGovernment, address: s.officeAddress, city: s.letterCity },
  });
}

/** Indonesian lines for placeholders the template uses but nothing fills (checked before a number is taken). */
export function preflightProblems(templateText: string, fields: Readonly<Record<string, string>>): string[] {
  const check = checkPlaceholders(templateText, fields);
  return [
    ...check.unknown.map((n) => `Templat memuat {{${n}}} yang tidak dikenal; perbaiki templat.`),
    ...check.missing.map((n) => `Data untuk {{${n}}} belum ada; lengkapi (Pengaturan, Pengguna atau Register).`),
  ];
}

function activeNumber(ctx: LetterContext, requestId: string): string {
  return ctx.numbers.issued().find((l) => l.requestId === requestId && !l.void)?.number ?? '';
}

function takeNumber(ctx: LetterContext, r: VcRequest, kind: LetterKind): string {
  const s = ctx.settings();
  const now = ctx.clock.now();
  const today = localDate(now, s.timeZone);
  const year = Number(today.slice(0, 4));
  const seq = nextLetterSeq(ctx.numbers.issued(), year);
  const number = formatLetterNumber(s.letterNumberPattern, {
    seq,
    code: s.letterCode,
    month: Number(today.slice(5, 7)),
    year,
  });
  ctx.numbers.record({ number, year, seq, void: false, requestId: r.id, kind, at: now.toISOString() });
  return number;
}

const pending = (note: string, request?: VcRequest): EffectResult => ({ status: 'pending', note, request });

/**
 * Throws a PermanentFailure naming the office settings the `kind` template needs and `fields` leaves
 * empty (letterhead, office, signer): the effect waits, blocked, until an admin sets them.
 */
function requireSettings(ctx: LetterContext, kind: LetterKind, fields: Record<string, string>): void {
  const missing = missingLetterSettings(ctx.docs.templateText(kind), fields);
  if (missing) throw new PermanentFailure(missing);
}
const label = (kind: LetterKind): string => LETTER_KIND_LABELS[kind].toLowerCase();

function draftLetter(ctx: LetterContext): EffectHandler {
  return ({ request, preset, effect }) => {
    if (effect.params.toStep && effect.params.toStep !== request.stepId)
      return { status: 'done', note: 'langkah sudah dilewati; draf tidak dibuat ulang' };
    const old = request.replyLetterNumber || activeNumber(ctx, request.id);
    const r = old ? { ...request, replyLetterNumber: '', replyLetterUrl: '' } : request;
    const kind = letterKindOf(r, effect.params);
    const fields = fieldsFor(ctx, r, preset, DRAFT_NUMBER, effect.params);
    requireSettings(ctx, kind, fields);
    const out = ctx.docs.render(r.id, kind, fields);
    if (old) ctx.numbers.markVoid(old, `draf ${request.id} dibuat ulang`);
    const next = { ...r, replyLetterUrl: out.url };
    const voided = old ? `nomor ${old} dibatalkan (void); ` : '';
    if (out.problems.length > 0)
      return pending(`${voided}draf surat ${label(kind)} belum lengkap: ${out.problems.join(' ')}`, next);
    return { status: 'done', note: `${voided}draf surat ${label(kind)} dibuat: ${out.url}`, request: next };
  };
}

function signLetter(ctx: LetterContext): EffectHandler {
  return ({ request, preset, effect }) => {
    const kind = letterKindOf(request, effect.params);
    const existing = request.replyLetterNumber || activeNumber(ctx, request.id);
    if (!existing) {
      requireSettings(ctx, kind, fieldsFor(ctx, request, preset, 'x', effect.params));
      const problems = preflightProblems(
        ctx.docs.templateText(kind),
        fieldsFor(ctx, request, preset, 'x', effect.params),
      );
      if (problems.length > 0)
        return pending(`surat belum dapat ditandatangani (nomor belum diambil): ${problems.join(' ')}`);
    }
    const number = existing || takeNumber(ctx, request, kind);
    const numbered = { ...request, replyLetterNumber: number };
    try {
      const out = ctx.docs.render(request.id, kind, fieldsFor(ctx, numbered, preset, number, effect.params));
      if (out.problems.length > 0)
        return pending(`surat ${number} belum lengkap: ${out.problems.join(' ')}`, {
          ...numbered,
          replyLetterUrl: out.url,
        });
      const pdf = ctx.docs.exportPdf(request.id, kind, out.docId);
      return {
        status: 'done',
        note: `surat ${number} ditandatangani; PDF: ${pdf.url}`,
        request: { ...numbered, replyLetterUrl: pdf.url },
      };
    } catch (err) {
      return pending(
        `nomor ${number} sudah dicatat; membuat PDF gagal, akan dicoba lagi: ${err instanceof Error ? err.message : String(err)}`,
        numbered,
      );
    }
  };
}

function sendLetter(ctx: LetterContext): EffectHandler {
  return ({ request, effect }) => {
    if (!ctx.mailer) return pending('pengirim email belum tersedia');
    const kind = letterKindOf(request, effect.params);
    const pdf = request.replyLetterNumber ? ctx.docs.findPdf(request.id, kind) : null;
    if (!pdf) return pending('surat belum ditandatangani (belum ada PDF bernomor); dikirim setelah tanda tangan');
    const to = request.email.trim();
    if (!isEmail(to)) return pending(`email pemohon "${to || '-'}" tidak valid; perbaiki email di Register`);
    const s = ctx.settings();
    const msg = applicantMessage('surat_terkirim', request, s, { attachmentName: pdf.name });
    const sent = ctx.mailer.send({
      to,
      subject: msg.subject,
      text: msg.text,
      html: msg.html,
      replyTo: s.officeEmail,
      attachments: [{ fileId: pdf.fileId }],
      key: effect.key,
    });
    if (sent !== 'sent') return pending(QUOTA_NOTE);
    return {
      status: 'done',
      note: `surat ${request.replyLetterNumber} terkirim ke ${to} (lampiran ${pdf.name})`,
    };
  };
}

/** Handlers for draft_letter, sign_letter and send_letter. */
export function letterHandlers(ctx: LetterContext): EffectHandlers {
  return { draft_letter: draftLetter(ctx), sign_letter: signLetter(ctx), send_letter: sendLetter(ctx) };
}
