/**
 * Officials' phone pages (issue 18): `langkah` shows one request at one step for one official with
 * the actions the sidebar offers them, and `tugas` lists their waiting tasks with a link to each.
 * GET only shows; a POST of a button runs the sidebar's own use case (performStep, marked "via
 * ponsel"), once: a second press, a stale version or a step someone else did is said so. After it,
 * the page offers the "Kabari lewat WhatsApp" links the sidebar would (official-whatsapp.ts).
 */
import { formatDateTime } from '../core/indonesian';
import { parseStepRef, STEP_PAGE, TASKS_PAGE, type StepRef } from '../core/official-link';
import { INVALID_LINK_PAGE, type PageView } from '../core/page-html';
import type { VcRequest } from '../core/request';
import type { ActionInput } from '../core/sop/types';
import type { ActionDto, RequestDetailDto } from '../shared/rpc';
import { actAndTell, TELL } from './official-whatsapp';
import { signedLinks, type OfficialLinks } from './official-links';
import { currentActor } from './caller';
import { detailOf } from './detail';
import type { PageContext, PageRoutes } from './page-router';
import { accessOf, acceptCode, sendCode, withDevice, type Access, type PhoneEnv } from './phone-access';
import { answerView, codeBox, otherAccountView, stepActions, stepView, type FormTarget } from './phone-view';
import { presetOf } from './preset';
import { tasksRoute } from './phone-tasks';
import type { Deps, StoredRequest } from './ports';

/** Where a page's forms post, carrying its own signed parameters and the device's token. */
function targetOf(ctx: PageContext, device: Record<string, string>): FormTarget {
  const signed = Object.fromEntries(['p', 'r', 'u', 't'].filter((k) => ctx.params[k]).map((k) => [k, ctx.params[k]]));
  return { selfUrl: ctx.selfUrl, hidden: { ...signed, ...device } };
}

/** Why the link's step is no longer waiting for the official ('' while it is). */
function movedOn(deps: Deps, r: VcRequest, ref: StepRef): string {
  if (r.stepId === ref.stepId && r.version === ref.version) return '';
  const done = deps.history
    .forRequest(r.id, r.trail ?? '')
    .records.filter((h) => h.kind === 'aksi' && h.fromStep === ref.stepId)
    .at(-1);
  if (r.stepId !== ref.stepId && done) {
    const who = done.actorEmail.toLowerCase() === ref.email ? 'Anda sendiri' : done.actorLabel;
    const at = formatDateTime(new Date(done.at), deps.config.settings().settings.timeZone);
    return `Langkah ini sudah dikerjakan oleh ${who} pada ${at}. Tidak ada yang perlu dilakukan lagi dari tautan ini.`;
  }
  if (r.stepId !== ref.stepId) return 'Permohonan ini sudah tidak berada pada langkah tersebut.';
  return 'Permohonan ini sudah berubah sejak tautan ini dibuat. Buka "Tugas saya" untuk tautan yang terbaru.';
}

/** One visit of a step link: the official's deps, the request and what the visitor may do. */
interface StepVisit {
  ctx: PageContext;
  ref: StepRef;
  deps: Deps;
  access: Access;
  tasksUrl: string;
  links: OfficialLinks;
}

function visitOf(env: PhoneEnv, ctx: PageContext): StepVisit | PageView {
  const ref = parseStepRef(ctx.claim.ref);
  if (!ref) return INVALID_LINK_PAGE;
  const access = accessOf(env, ref.email, ctx.params, ctx.now);
  if (access.kind === 'other') return otherAccountView(access.visitor);
  const device = access.kind === 'trusted' ? access.device : {};
  const links = signedLinks(ctx.selfUrl, env.signer);
  const tasksUrl = withDevice(links.tasks(ref.email, ctx.now), device);
  return { ctx, ref, deps: env.depsFor(ref.email), access, tasksUrl, links };
}

type CodeState = { sent: boolean; problem: string };

/** The step page for `v`; with `code` the code box replaces the actions, with `device` a proven device. */
function render(v: StepVisit, message: string, code?: CodeState, device?: Record<string, string>): PageView {
  const who = currentActor(v.deps);
  if (!who.ok) return answerView('Tidak dapat bertindak', who.reason, []);
  const stored = v.deps.register.find(v.ref.requestId);
  if (!stored) return INVALID_LINK_PAGE;
  const moved = movedOn(v.deps, stored.request, v.ref);
  if (moved) return answerView('Langkah sudah selesai', moved, [['Tugas saya', v.tasksUrl]]);
  const found = presetOf(stored.request, v.deps);
  const preset = found.ok ? found.preset : null;
  const detail = detailOf(
    v.deps,
    stored.request,
    preset,
    who.actor,
    v.deps.history.forRequest(v.ref.requestId, stored.request.trail ?? '').records,
  );
  const known = device ?? (v.access.kind === 'trusted' ? v.access.device : null);
  const target = targetOf(v.ctx, known ?? {});
  const body = known && !code ? stepActions(detail, target) : codeBox(target, code?.sent ?? false, code?.problem ?? '');
  return stepView(detail, body, message, v.tasksUrl);
}

/** The input the sidebar would send for `action`, from the posted fields it asks for. */
function inputOf(action: ActionDto, f: Record<string, string>): ActionInput {
  const t = (k: string) => (f[k] ?? '').trim();
  const input: ActionInput = {};
  if (t('note')) input.note = t('note');
  if (action.requires.includes('operator')) input.operator = t('operator');
  if (action.requires.includes('alternative'))
    input.alternative = { date: t('altDate'), start: t('altStart'), end: t('altEnd') };
  if (action.requires.includes('srikandi_number')) input.srikandiNumber = t('srikandiNumber');
  if (action.requires.includes('test_time')) input.testTime = { date: t('testDate'), time: t('testTime') };
  if (action.requires.includes('link')) input.link = t('link');
  return input;
}

/** The official's actions on `stored` at the link's step, as the sidebar lists them. */
function offered(v: StepVisit, stored: StoredRequest): RequestDetailDto['actions'] {
  const who = currentActor(v.deps);
  if (!who.ok) return [];
  const found = presetOf(stored.request, v.deps);
  return found.ok ? detailOf(v.deps, stored.request, found.preset, who.actor, []).actions : [];
}

/** A button press: the sidebar's use case for the link's official, at the link's version. */
function press(v: StepVisit): PageView {
  if (v.access.kind !== 'trusted')
    return render(v, '', { sent: false, problem: 'Masukkan kode dari email Anda sebelum bertindak.' });
  const stored = v.deps.register.find(v.ref.requestId);
  if (!stored) return INVALID_LINK_PAGE;
  const moved = movedOn(v.deps, stored.request, v.ref);
  if (moved) return answerView('Langkah sudah selesai', moved, [['Tugas saya', v.tasksUrl]]);
  const action = offered(v, stored).find((a) => a.id === v.ctx.params.x);
  if (!action) return render(v, 'Tindakan itu tidak tersedia untuk Anda pada langkah ini.');
  const dto = {
    requestId: v.ref.requestId,
    action: action.id,
    expectedVersion: v.ref.version,
    input: inputOf(action, v.ctx.params),
  };
  const done = actAndTell(v.deps, dto, v.links, 'ponsel');
  const tell = done.ok ? done.value.detail.whatsapp.filter((w) => w.label.startsWith(TELL)) : [];
  if (done.ok)
    return answerView('Tercatat', done.value.message, [
      ...tell.map((w): [string, string] => [w.label, w.url]),
      ['Tugas saya', v.tasksUrl],
    ]);
  return render(v, done.error);
}

/** POST of a step page: ask for a code, check it, or press an action. */
function actStep(env: PhoneEnv, ctx: PageContext): PageView {
  const v = visitOf(env, ctx);
  if (!('ref' in v)) return v;
  if (ctx.params.a === 'kode_kirim') {
    const problem = sendCode(env, v.deps, v.ref.email, ctx.now);
    return render(v, '', { sent: env.codes.get(v.ref.email) !== null, problem });
  }
  if (ctx.params.a === 'kode_cek') {
    const checked = acceptCode(env, v.ref.email, ctx.params.k ?? '', ctx.now);
    if (!checked.ok) return render(v, '', { sent: true, problem: checked.reason });
    const device = checked.device;
    const tasksUrl = withDevice(v.links.tasks(v.ref.email, ctx.now), device);
    return render({ ...v, tasksUrl }, 'Perangkat ini sudah dikenali. Silakan pilih tindakan.', undefined, device);
  }
  return ctx.params.a === 'aksi' ? press(v) : INVALID_LINK_PAGE;
}

/** The officials' pages by name: `langkah` and `tugas`. */
export function phoneRoutes(env: PhoneEnv): PageRoutes {
  return {
    [STEP_PAGE]: {
      show: (ctx) => {
        const v = visitOf(env, ctx);
        return 'ref' in v ? render(v, '') : v;
      },
      act: (ctx) => actStep(env, ctx),
    },
    [TASKS_PAGE]: tasksRoute(env),
  };
}
