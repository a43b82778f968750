/**
 * The one running playground: the current world, its stored state, and the only
 * ways to change them (perform an operation, act as someone, switch preset, reset).
 * Every change is written to the state file before the page sees it.
 */
import {
  clearState,
  DEFAULT_PRESET,
  initialState,
  loadState,
  saveState,
  storableOp,
  type PlaygroundState,
} from './state';
import { createPlaygroundWorld, READ_ONLY_FUNCTIONS, type Op, type OpOutcome, type PlaygroundWorld } from './world';
import { seedDemo } from './seed';

/** A running playground. */
/** A message for the next page: an outcome or a refusal, shown at the top or beside the form it answers. */
export interface Notice {
  kind: 'info' | 'error';
  text: string;
  place: 'top' | 'form';
}

export interface Session {
  world: PlaygroundWorld;
  state: PlaygroundState;
  /** One-shot notice for the next page view (set by actions, cleared when read). */
  /** The notice for the next page, with where it belongs ('form': beside the applicant's form). */
  takeNotice(): Notice | null;
  notify(kind: 'info' | 'error', text: string, place?: Notice['place']): void;
  perform(op: Op): OpOutcome;
  /** The google.script.run shim's server side: runs `fn` as the current actor. */
  invoke(fn: string, args: unknown[]): unknown;
  setActor(email: string): void;
  switchPreset(presetId: string): void;
  reset(): void;
}

/** A freshly seeded world for `presetId` with `ops` replayed; ops that now fail are dropped (and reported). */
function rebuild(state: PlaygroundState, log: (line: string) => void): PlaygroundWorld {
  const world = createPlaygroundWorld(state.presetId);
  seedDemo(world);
  state.ops = state.ops.filter((op, i) => {
    try {
      world.apply(op);
      return true;
    } catch (error) {
      log(`Operasi #${i + 1} (${op.kind}) tidak bisa diulang dan dibuang: ${(error as Error).message}`);
      return false;
    }
  });
  return world;
}

/** Loads `stateFile` (or starts fresh), seeds the demo data and replays the log. */
export function createSession(stateFile: string, log: (line: string) => void = () => undefined): Session {
  const state = loadState(stateFile);
  let notice: Notice | null = null;
  const session: Session = {
    state,
    world: rebuild(state, log),
    takeNotice: () => {
      const n = notice;
      notice = null;
      return n;
    },
    notify: (kind, text, place = 'top') => {
      notice = { kind, text, place };
    },
    perform(op) {
      const outcome = session.world.apply(op);
      session.state.ops.push(storableOp(op));
      saveState(stateFile, session.state);
      return outcome;
    },
    invoke(fn, args) {
      if (READ_ONLY_FUNCTIONS.has(fn)) return session.world.callAs(session.state.actor, fn, args);
      return session.perform({ kind: 'call', who: session.state.actor, fn, args }).value;
    },
    setActor(email) {
      session.state.actor = email;
      saveState(stateFile, session.state);
    },
    switchPreset(presetId) {
      const next = initialState(presetId, session.state.actor);
      session.world = rebuild(next, log);
      const official = next.actor.endsWith('@kominfo.go.id');
      if (official && !session.world.roleUsers.some((u) => u.email === next.actor))
        next.actor = session.world.roleUsers[1].email;
      session.state = next;
      saveState(stateFile, next);
    },
    reset() {
      clearState(stateFile);
      session.state = initialState(DEFAULT_PRESET);
      session.world = rebuild(session.state, log);
    },
  };
  return session;
}
