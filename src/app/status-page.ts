/**
 * The applicant's status page ('status', served by the engine through a signed link: page-router.ts):
 * GET shows their request (status-view.ts); its buttons POST an answer — accept an offered time, or
 * cancel — which goes into the request's history like any action. Nothing else is reachable.
 */
import { formatDateTime, formatLongDate, formatTimeRange } from '../core/indonesian';
import { formatMeetingId } from '../core/messages/format';
import { INVALID_LINK_PAGE, type PageView } from '../core/page-html';
import { offerLine, PLATFORM_LABELS, type VcRequest } from '../core/request';
import { openOffers, offerText } from '../core/sop/applicant-answer';
import { isClosing, tooLateToCancel } from '../core/sop/cancel';
import { stepOf } from '../core/sop/engine';
import { APPLICANT_ROLE, type Preset } from '../core/sop/types';
import { applicantLine, linkSentIn } from '../core/story';
import { statusPageView, type StatusModel } from '../core/status-view';
import { roleLabel } from '../core/users';
import type { HistoryRecord } from '../core/history';
import type { OfficeZone } from '../core/dates';
import { acceptOffer } from './applicant-answer';
import { cancelAsApplicant } from './applicant-cancel';
import type { PageContext, PageRoute } from './page-router';
import { presetOf } from './preset';
import type { Deps } from './ports';

/** The page name in the link's `p`. */
export const STATUS_PAGE = 'status';

function when(r: VcRequest, zone: OfficeZone): string {
  try {
    return `${formatLongDate(r.eventDate)} pukul ${formatTimeRange(r.startTime, r.endTime, zone)}`;
  } catch {
    return 'belum jelas';
  }
}

function waitingFor(r: VcRequest, preset: Preset, offersOpen: boolean): string {
  const step = stepOf(preset, r.stepId);
  if (!step || step.terminal) return '';
  if (isClosing(r)) return 'Penyelesaian oleh petugas';
  if (offersOpen) return 'Jawaban Anda atas waktu lain yang kami tawarkan (lihat di bawah)';
  if (step.actor === APPLICANT_ROLE) return 'Perbaikan dari Anda (lihat email permintaan perbaikan dari kami)';
  return `Diproses oleh ${roleLabel(preset, step.actor)}`;
}

function modelOf(r: VcRequest, preset: Preset, history: HistoryRecord[], now: Date, zone: OfficeZone): StatusModel {
  const offers = openOffers(r, preset, now, zone);
  const terminal = stepOf(preset, r.stepId)?.terminal === true;
  const sent = linkSentIn(history) && r.joinUrl !== '';
  return {
    requestId: r.id,
    title: r.title,
    when: when(r, zone),
    status: r.status,
    waitingFor: waitingFor(r, preset, offers.length > 0),
    story: history
      .map((h) => ({ at: formatDateTime(new Date(h.at), zone), text: applicantLine(h, preset) }))
      .filter((e): e is { at: string; text: string } => e.text !== null),
    meeting: sent
      ? {
          platform: r.platform ? PLATFORM_LABELS[r.platform] : 'Rapat daring',
          joinUrl: r.joinUrl,
          meetingId: formatMeetingId(r.meetingId),
          passcode: r.passcode,
        }
      : null,
    offers: offers.map((o) => ({ value: offerLine(o), label: offerText(o, zone) })),
    canCancel: !terminal && !isClosing(r) && tooLateToCancel(r, now, zone) === null,
  };
}

function render(deps: Deps, ctx: PageContext, notice?: StatusModel['notice']): PageView {
  const stored = deps.register.find(ctx.claim.ref);
  if (!stored) return INVALID_LINK_PAGE;
  const found = presetOf(stored.request, deps);
  if (!found.ok) return INVALID_LINK_PAGE;
  const zone = deps.config.settings().settings.timeZone;
  const model = modelOf(
    stored.request,
    found.preset,
    deps.history.forRequest(stored.request.id, stored.request.trail ?? '').records,
    ctx.now,
    zone,
  );
  const hidden = { p: ctx.claim.page, r: ctx.claim.ref, t: ctx.token };
  return statusPageView({ ...model, notice }, { selfUrl: ctx.selfUrl, hidden });
}

function answer(deps: Deps, ctx: PageContext): StatusModel['notice'] {
  const id = ctx.claim.ref;
  if (ctx.params.a === 'terima') {
    const out = acceptOffer(deps, id, ctx.params.pilihan);
    return out.ok ? { ok: true, text: out.value.message } : { ok: false, text: out.error };
  }
  if (ctx.params.a === 'batal') {
    // The router has verified the signed link, for this request only.
    const out = cancelAsApplicant(deps, id, ctx.params.alasan ?? '');
    return out.ok ? { ok: true, text: out.value.message } : { ok: false, text: out.error };
  }
  return { ok: false, text: 'Tindakan tidak dikenal. Muat ulang halaman.' };
}

/** The status page over `deps`: show on GET, an answer (accept an offer, cancel) on POST. */
export function statusRoute(deps: Deps): PageRoute {
  return {
    show: (ctx) => render(deps, ctx),
    act: (ctx) => render(deps, ctx, answer(deps, ctx)),
  };
}
