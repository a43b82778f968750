import fc from 'fast-check';
import { OFFICE_ZONES, OfficeZone } from '../../src/core/dates';
import {
  Booking,
  Inventory,
  ResourceNeed,
  ScheduleSettings,
  SlotRequest,
  checkResources,
  clashesFor,
  replaceBookings,
  reservations,
} from '../../src/core/schedule';

const MINUTE_MS = 60_000;
const OFFSET: Record<OfficeZone, number> = {
  'Asia/Jakarta': 420,
  'Asia/Pontianak': 420,
  'Asia/Makassar': 480,
  'Asia/Jayapura': 540,
};

const INVENTORY: Inventory = {
  hosts: [
    { name: 'Pro', concurrency: 2, capacity: 100, active: true },
    { name: 'Besar', concurrency: 1, capacity: 500, active: true },
    { name: 'Mati', concurrency: 2, capacity: 1000, active: false },
  ],
  rooms: [
    { name: 'R1', capacity: 20, active: true },
    { name: 'R2', capacity: 50, active: true },
    { name: 'R3', capacity: 80, active: false },
  ],
  operators: [
    { email: 'a@x.id', name: 'A', active: true },
    { email: 'b@x.id', name: 'B', active: true },
    { email: 'c@x.id', name: 'C', active: false },
  ],
};
const LIMIT = new Map<string, number>([
  ...INVENTORY.hosts.map((h) => [h.name, h.concurrency] as [string, number]),
  ...INVENTORY.rooms.map((r) => [r.name, 1] as [string, number]),
  ...INVENTORY.operators.map((o) => [o.email, 1] as [string, number]),
]);
const INACTIVE = new Set(['Mati', 'R3', 'c@x.id']);

/** Independent reference: the UTC instant of a local minute, by plain arithmetic. */
function utcMs(date: string, minuteOfDay: number, tz: OfficeZone): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) + (minuteOfDay - OFFSET[tz]) * MINUTE_MS;
}

function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Brute force over minute points: no resource holds more meetings than it may (buffer included). */
function violations(bookings: Booking[], bufferMinutes: number): string[] {
  const out: string[] = [];
  for (const [resource, limit] of LIMIT) {
    const mine = bookings.filter((b) => b.resource.toLowerCase() === resource.toLowerCase());
    if (mine.length > 0 && INACTIVE.has(resource)) out.push(`${resource} inactive but booked`);
    for (const probe of mine) {
      for (let t = probe.start.getTime(); t < probe.end.getTime() + bufferMinutes * MINUTE_MS; t += MINUTE_MS) {
        const n = mine.filter((b) => b.start.getTime() <= t && t < b.end.getTime() + bufferMinutes * MINUTE_MS).length;
        if (n > limit) out.push(`${resource} holds ${n} at ${new Date(t).toISOString()}`);
      }
    }
  }
  return out;
}

const slotArb = fc.record({
  req: fc.integer({ min: 1, max: 6 }),
  day: fc.constantFrom('2026-01-05', '2026-01-06'),
  startQ: fc.integer({ min: 7 * 12, max: 17 * 12 }),
  durQ: fc.integer({ min: 1, max: 36 }),
  participants: fc.constantFrom(10, 40, 150, 800),
});
const needArb: fc.Arbitrary<ResourceNeed> = fc.record({
  host: fc.constantFrom<boolean | string>(true, true, false, 'Pro', 'Besar', 'Mati'),
  room: fc.constantFrom<string | true | undefined>(undefined, true, 'R1', 'R2', 'R3'),
  operator: fc.constantFrom<string | undefined>(undefined, 'a@x.id', 'B@X.ID', 'c@x.id'),
});
const opArb = fc.oneof(
  fc.record({
    kind: fc.constant('approve' as const),
    slot: slotArb,
    need: needArb,
    again: fc.constantFrom('no', 'same', 'other'),
  }),
  fc.record({ kind: fc.constant('cancel' as const), req: fc.integer({ min: 1, max: 6 }) }),
);
const settingsArb: fc.Arbitrary<ScheduleSettings> = fc.record({
  bufferMinutes: fc.constantFrom(0, 10, 15, 30),
  officeStart: fc.constant('08:00'),
  officeEnd: fc.constant('16:00'),
  timeZone: fc.constantFrom(...OFFICE_ZONES),
});

function approve(bookings: Booking[], slot: SlotRequest, need: ResourceNeed, settings: ScheduleSettings): Booking[] {
  const r = checkResources(slot, need, INVENTORY, bookings, settings);
  if (!r.ok) return bookings;
  return replaceBookings(bookings, slot.requestId, reservations(slot, { ...r, operator: need.operator }, settings));
}

describe('schedule invariants (property)', () => {
  it('never over-books a host, room or operator over any sequence of approvals and cancellations', () => {
    fc.assert(
      fc.property(settingsArb, fc.array(opArb, { maxLength: 25 }), (settings, ops) => {
        let bookings: Booking[] = [];
        for (const op of ops) {
          if (op.kind === 'cancel') {
            bookings = replaceBookings(bookings, `VC-2026-000${op.req}`, []);
            continue;
          }
          const s = op.slot;
          const slot: SlotRequest = {
            requestId: `VC-2026-000${s.req}`,
            date: s.day,
            start: hhmm(s.startQ * 5),
            end: hhmm(s.startQ * 5 + s.durQ * 5),
            participants: s.participants,
          };
          bookings = approve(bookings, slot, op.need, settings);
          if (op.again === 'same') bookings = approve(bookings, slot, op.need, settings);
          if (op.again === 'other')
            bookings = approve(bookings, { ...slot, requestId: `VC-2026-010${s.req}` }, op.need, settings);
          expect(violations(bookings, settings.bufferMinutes)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('clashesFor agrees with a brute-force count over minute points', () => {
    const bookingArb = fc.record({
      startQ: fc.integer({ min: 0, max: 48 }),
      durQ: fc.integer({ min: 1, max: 12 }),
      id: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(
        settingsArb,
        fc.array(bookingArb, { maxLength: 6 }),
        bookingArb,
        fc.constantFrom(1, 2),
        (settings, raw, probe, concurrency) => {
          const tz = settings.timeZone;
          const at = (q: number): number => utcMs('2026-01-05', 8 * 60 + q * 5, tz);
          const bookings: Booking[] = raw.map((b) => ({
            requestId: `VC-${b.id}`,
            resource: 'H',
            start: new Date(at(b.startQ)),
            end: new Date(at(b.startQ + b.durQ)),
          }));
          const slot: SlotRequest = {
            requestId: 'VC-new',
            date: '2026-01-05',
            start: hhmm(8 * 60 + probe.startQ * 5),
            end: hhmm(8 * 60 + (probe.startQ + probe.durQ) * 5),
            participants: 1,
          };
          const pad = settings.bufferMinutes * MINUTE_MS;
          let busy = false;
          for (let t = at(probe.startQ); t < at(probe.startQ + probe.durQ) + pad; t += MINUTE_MS) {
            if (bookings.filter((b) => b.start.getTime() <= t && t < b.end.getTime() + pad).length >= concurrency)
              busy = true;
          }
          expect(clashesFor('H', concurrency, slot, bookings, settings).length > 0).toBe(busy);
        },
      ),
      { numRuns: 500 },
    );
  });
});
