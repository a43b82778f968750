/**
 * Dates as an Apps Script project sees them. In Apps Script's V8 runtime the local-time side of
 * `Date` (getHours, getDate, toString, `new Date(2026, 0, 5, 9)`, setHours, a string without a
 * zone) follows the project's time zone, appsscript.json "timeZone", never the machine's; and a
 * date cell read with getValues is an instant whose wall clock in the spreadsheet's zone is what
 * the cell shows, so getHours() gives that wall clock only when the two zones agree.
 * Sources: https://developers.google.com/apps-script/manifest (timeZone: "The script time zone
 * in one of the available ZoneId values"); https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
 */
import type { FakeClock } from './clock';
import type { Ctx } from './context';
import type { Project } from './projects';
import { isDate } from './cell-parse';
import { fromWall, offsetMs, toWall } from './tz';

const RealDate = Date;
const real = RealDate.prototype;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MACHINE_ZONE = new Intl.DateTimeFormat().resolvedOptions().timeZone;
const EXPLICIT_ZONE = /(?:Z|[+-]\d\d:?\d\d|GMT|UTC)\s*(?:\([^)]*\))?\s*$/i;
const DATE_ONLY_ISO = /^\d{4}-\d{2}-\d{2}$/;

type Fields = { year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number };

const pad = (n: number, w = 2): string => String(Math.trunc(Math.abs(n))).padStart(w, '0');

/** The instant whose wall clock in `zone` reads `f` (month 1–12); fields may overflow as in Date.UTC. */
function instantOf(zone: string, f: Fields): number {
  const n = new RealDate(0);
  n.setUTCFullYear(f.year, f.month - 1, f.day);
  n.setUTCHours(f.hour, f.minute, f.second, f.ms);
  const wall = fromWall(
    zone,
    n.getUTCFullYear(),
    n.getUTCMonth() + 1,
    n.getUTCDate(),
    n.getUTCHours(),
    n.getUTCMinutes(),
    n.getUTCSeconds(),
  );
  return wall.getTime() + n.getUTCMilliseconds();
}

function fieldsOf(d: Date, zone: string): Fields {
  const w = toWall(new RealDate(real.getTime.call(d)), zone);
  return { year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute, second: w.second, ms: w.ms };
}

function zoneLabel(d: Date, zone: string): string {
  const minutes = Math.round(offsetMs(new RealDate(real.getTime.call(d)), zone) / 60000);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(new RealDate(real.getTime.call(d)))
    .find((p) => p.type === 'timeZoneName')?.value;
  return `GMT${minutes < 0 ? '-' : '+'}${pad(minutes / 60)}${pad(minutes % 60)}${name ? ` (${name})` : ''}`;
}

function setter(zone: string, apply: (f: Fields, args: number[]) => void) {
  return function (this: Date, ...args: number[]): number {
    if (Number.isNaN(real.getTime.call(this))) return Number.NaN;
    const f = fieldsOf(this, zone);
    apply(f, args);
    return real.setTime.call(this, instantOf(zone, f));
  };
}

const opt = (args: number[], i: number, fallback: number): number => (args.length > i ? args[i] : fallback);

/** A Date prototype whose local-time methods use `zone` (inherits everything else from Date.prototype). */
function zonedPrototype(zone: string): Date {
  const p = Object.create(real) as Date & Record<string, unknown>;
  const get = (pick: (f: Fields, d: Date) => number) =>
    function (this: Date): number {
      return Number.isNaN(real.getTime.call(this)) ? Number.NaN : pick(fieldsOf(this, zone), this);
    };
  const defs: Record<string, unknown> = {
    getFullYear: get((f) => f.year),
    getMonth: get((f) => f.month - 1),
    getDate: get((f) => f.day),
    getDay: get((f) => new RealDate(RealDate.UTC(f.year, f.month - 1, f.day)).getUTCDay()),
    getHours: get((f) => f.hour),
    getMinutes: get((f) => f.minute),
    getSeconds: get((f) => f.second),
    getMilliseconds: get((f) => f.ms),
    getTimezoneOffset: get((_f, d) => -offsetMs(new RealDate(real.getTime.call(d)), zone) / 60000),
    setFullYear: setter(zone, (f, a) =>
      Object.assign(f, { year: a[0], month: opt(a, 1, f.month - 1) + 1, day: opt(a, 2, f.day) }),
    ),
    setMonth: setter(zone, (f, a) => Object.assign(f, { month: a[0] + 1, day: opt(a, 1, f.day) })),
    setDate: setter(zone, (f, a) => Object.assign(f, { day: a[0] })),
    setHours: setter(zone, (f, a) =>
      Object.assign(f, { hour: a[0], minute: opt(a, 1, f.minute), second: opt(a, 2, f.second), ms: opt(a, 3, f.ms) }),
    ),
    setMinutes: setter(zone, (f, a) =>
      Object.assign(f, { minute: a[0], second: opt(a, 1, f.second), ms: opt(a, 2, f.ms) }),
    ),
    setSeconds: setter(zone, (f, a) => Object.assign(f, { second: a[0], ms: opt(a, 1, f.ms) })),
    toDateString(this: Date): string {
      if (Number.isNaN(real.getTime.call(this))) return 'Invalid Date';
      const f = fieldsOf(this, zone);
      const day = DAYS[new RealDate(RealDate.UTC(f.year, f.month - 1, f.day)).getUTCDay()];
      return `${day} ${MONTHS[f.month - 1]} ${pad(f.day)} ${f.year < 0 ? '-' : ''}${pad(f.year, 4)}`;
    },
    toTimeString(this: Date): string {
      if (Number.isNaN(real.getTime.call(this))) return 'Invalid Date';
      const f = fieldsOf(this, zone);
      return `${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)} ${zoneLabel(this, zone)}`;
    },
    toString(this: Date): string {
      if (Number.isNaN(real.getTime.call(this))) return 'Invalid Date';
      return `${(p.toDateString as () => string).call(this)} ${(p.toTimeString as () => string).call(this)}`;
    },
  };
  for (const name of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'] as const) {
    defs[name] = function (this: Date, locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
      return real[name].call(this, locales, { timeZone: zone, ...(options ?? {}) });
    };
  }
  for (const [name, value] of Object.entries(defs))
    Object.defineProperty(p, name, { value, writable: true, configurable: true });
  return p;
}

/** Parses a date string as the project's V8 does: a string without a zone is wall clock in `zone`. */
function parseIn(text: string, zone: string): number {
  const t = RealDate.parse(text);
  if (Number.isNaN(t) || DATE_ONLY_ISO.test(text.trim()) || EXPLICIT_ZONE.test(text.trim())) return t;
  return instantOf(zone, fieldsOf(new RealDate(t), MACHINE_ZONE));
}

/** The `Date` a bundle sees in a project, and how a Date the stand-in hands it looks there. */
export interface ScriptDates {
  DateClass: DateConstructor;
  /** `value` (a Date from anywhere) as that project's code receives it; other values unchanged. */
  adopt<T>(value: T): T;
}

/**
 * A `Date` for a bundle running in a project whose time zone is `zone`: the zero-argument form,
 * `Date()` and `Date.now()` read `clock`; local-time fields, setters, parsing of zone-less strings
 * and toString follow `zone`; `instanceof Date` holds for Dates from any realm.
 */
export function scriptDates(clock: FakeClock, zone: string): ScriptDates {
  const proto = zonedPrototype(zone);
  function ScriptDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return String(Object.setPrototypeOf(new RealDate(clock.now().getTime()), proto));
    let time: number;
    if (args.length === 0) time = clock.now().getTime();
    else if (args.length === 1)
      time = typeof args[0] === 'string' ? parseIn(args[0], zone) : new RealDate(args[0] as number).getTime();
    else {
      const [y, mo, d = 1, h = 0, mi = 0, s = 0, ms = 0] = args.map(Number);
      const year = y >= 0 && y <= 99 ? 1900 + y : y;
      time = instantOf(zone, { year, month: mo + 1, day: d, hour: h, minute: mi, second: s, ms });
    }
    return Object.setPrototypeOf(new RealDate(time), proto);
  }
  Object.setPrototypeOf(ScriptDate, RealDate);
  ScriptDate.prototype = proto;
  Object.defineProperty(ScriptDate, 'now', { value: () => clock.now().getTime(), writable: true, configurable: true });
  Object.defineProperty(ScriptDate, 'parse', { value: (s: string) => parseIn(String(s), zone), writable: true });
  Object.defineProperty(ScriptDate, 'name', { value: 'Date' });
  Object.defineProperty(ScriptDate, Symbol.hasInstance, { value: (v: unknown) => isDate(v) });
  return {
    DateClass: ScriptDate as unknown as DateConstructor,
    adopt: <T>(value: T): T => (isDate(value) ? (Object.setPrototypeOf(value, proto) as T) : value),
  };
}

/** The project's time zone: its manifest's "timeZone", else the workspace's default. */
export function projectTimeZone(ctx: Ctx, project: Project): string {
  const zone = project.manifest?.timeZone;
  return typeof zone === 'string' && zone !== '' ? zone : ctx.scriptTimeZone;
}

/** `value` as the code of the execution running now receives it (a Date in its project's zone). */
export function toScriptValue<T>(ctx: Ctx, value: T): T {
  const adopt = ctx.projects.get(ctx.frame()?.projectId ?? ctx.implicitProjectId)?.adoptDate;
  return adopt ? adopt(value) : value;
}

/** The time zone of the execution running now (its project's), else the workspace's. */
export function scriptZone(ctx: Ctx): string {
  const project = ctx.projects.get(ctx.frame()?.projectId ?? ctx.implicitProjectId);
  return project ? projectTimeZone(ctx, project) : ctx.scriptTimeZone;
}
