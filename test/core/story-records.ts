/**
 * History records of request VC-2026-0001 for the story tests: an official's action, and what the
 * product writes itself (effects and system notes).
 */
import { historyRecord, type HistoryRecord } from '../../src/core/history';

const AT = '2026-03-02T02:00:00.000Z';

/** An official's action from step `fromStep` to `toStep`. */
export function aksi(action: string, fromStep: string, toStep: string, actorLabel = 'Budi Santoso'): HistoryRecord {
  return historyRecord({
    at: AT,
    requestId: 'VC-2026-0001',
    kind: 'aksi',
    action,
    actorEmail: 'budi@kominfo.go.id',
    actorLabel,
    fromStep,
    toStep,
  });
}

/** A record by the product itself staying at `step`; an effect's `key` names its kind ('…:v5:send_link'). */
export function byProduct(
  kind: 'efek' | 'sistem',
  action: string,
  note: string,
  fields: Partial<HistoryRecord> = {},
): HistoryRecord {
  return historyRecord({
    at: AT,
    requestId: 'VC-2026-0001',
    kind,
    action,
    actorEmail: 'sistem',
    actorLabel: 'Layanan Vicon',
    fromStep: 'kirim_tautan',
    toStep: 'kirim_tautan',
    note,
    key: kind === 'efek' ? 'VC-2026-0001:v5:send_link' : '',
    ...fields,
  });
}
