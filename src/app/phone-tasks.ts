/**
 * "Tugas saya" on the phone (`tugas`): the official's waiting requests, oldest first, each with its
 * private step link. A device proven here (one-time code) carries its token into every link, so a
 * Kepala Dinas clears every waiting disposition in one sitting.
 */
import { calendarOf } from '../core/office-calendar';
import { currentActor } from './caller';
import type { PageContext, PageRoute } from './page-router';
import { accessOf, acceptCode, sendCode, stepLink, withDevice, type PhoneEnv } from './phone-access';
import { activePreset, requestPresets } from './preset';
import { tasksFor } from './tasks';
import { answerView, codeBox, otherAccountView, tasksView } from './phone-view';
import type { PageView } from '../core/page-html';

/** Tasks listed on the phone, oldest first (each carries its own signed link). */
const TASKS_SHOWN = 25;

type CodeState = { sent: boolean; problem: string } | null;

function list(env: PhoneEnv, ctx: PageContext, device: Record<string, string> | null, code: CodeState): PageView {
  const email = ctx.claim.ref;
  const deps = env.depsFor(email);
  const who = currentActor(deps);
  if (!who.ok) return answerView('Tidak dapat bertindak', who.reason, []);
  const active = activePreset(deps);
  const presetFor = requestPresets(deps, active.ok ? active.preset : null);
  const requests = deps.register.live().map((s) => s.request);
  const cal = calendarOf(deps.config.settings().settings);
  const waiting = tasksFor(who.actor, requests, presetFor, ctx.now, cal);
  const tasks = waiting.slice(0, TASKS_SHOWN).map((task) => {
    const r = requests.find((q) => q.id === task.id)!;
    return { task, url: withDevice(stepLink(ctx.selfUrl, env.signer, r, email, ctx.now), device ?? {}) };
  });
  const view = tasksView(who.actor.name || email, tasks, waiting.length);
  if (device) return view;
  const hidden = Object.fromEntries(['p', 'r', 'u', 't'].filter((k) => ctx.params[k]).map((k) => [k, ctx.params[k]]));
  const box = codeBox({ selfUrl: ctx.selfUrl, hidden }, code?.sent ?? false, code?.problem ?? '');
  return { ...view, html: `${view.html}<h2>Perangkat ini</h2><div class="act">${box}</div>` };
}

/** The `tugas` route: GET lists; POST sends or checks a one-time code for this device. */
export function tasksRoute(env: PhoneEnv): PageRoute {
  const visit = (ctx: PageContext) => accessOf(env, ctx.claim.ref, ctx.params, ctx.now);
  return {
    show: (ctx) => {
      const access = visit(ctx);
      if (access.kind === 'other') return otherAccountView(access.visitor);
      return list(env, ctx, access.kind === 'trusted' ? access.device : null, null);
    },
    act: (ctx) => {
      const access = visit(ctx);
      if (access.kind === 'other') return otherAccountView(access.visitor);
      const email = ctx.claim.ref;
      if (ctx.params.a === 'kode_kirim') {
        const problem = sendCode(env, env.depsFor(email), email, ctx.now);
        return list(env, ctx, null, { sent: env.codes.get(email) !== null, problem });
      }
      if (ctx.params.a !== 'kode_cek') return list(env, ctx, access.kind === 'trusted' ? access.device : null, null);
      const checked = acceptCode(env, email, ctx.params.k ?? '', ctx.now);
      return checked.ok
        ? list(env, ctx, checked.device, null)
        : list(env, ctx, null, { sent: true, problem: checked.reason });
    },
  };
}
