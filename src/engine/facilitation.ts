/**
 * A facilitated session: a trainer plays a scenario with a room. The group's path, the
 * room's votes at each decision, time spent per decision, options explored off the
 * group's path ("branch and return"). Pure data and transitions; the session itself is
 * rebuilt by replaying the active path.
 */
import type { RecordedChoice, SavedSession, Session } from './session.ts';
import { SAVE_VERSION } from './session.ts';

export interface Participants {
  total: number;
  /** Agency label → number of participants from it. */
  byAgency: Record<string, number>;
}

export interface DecisionRecord {
  /** Position of the decision on the group's path (0 = first). */
  index: number;
  decisionId: string | null;
  prompt: string | null;
  options: string[];
  votes: number[];
  /** The option the group played (null until played). */
  chosen: string | null;
  /** Options explored off the group's path from this decision. */
  explored: string[];
  /** Seconds of discussion before the group's choice was played. */
  seconds: number;
}

export type PresenterPanel = 'passage' | 'case';

export interface Facilitation {
  v: 1;
  id: string;
  label: string;
  createdAt: string;
  scenarioId: string;
  storyHash: string;
  seed: number;
  participants: Participants;
  groupPath: RecordedChoice[];
  /** While exploring: the decision it branched from and the choices made since. */
  branch: { from: number; path: RecordedChoice[] } | null;
  decisions: DecisionRecord[];
  /** When the current group decision was first shown (epoch ms). */
  decisionShownAt: number;
  /** Feedback for the last choice is visible in the presenter view. */
  revealed: boolean;
  /**
   * The discussion timer. It runs until the trainer pauses it and goes back to 0 only when
   * the trainer resets it: playing a choice does neither. `decisionFromMs` is where the
   * timer stood when the current decision came up, so the time on this decision can be shown.
   */
  timer: { runningSince: number | null; elapsedMs: number; decisionFromMs: number };
  /** What the presenter's main panel shows: the passage, or the case so far (agencies and chronology). */
  panel: PresenterPanel;
  /** The page of that panel on the projector (0 = first), when it is longer than the screen. */
  page: number;
  /** Incremented on every change, so windows can ignore stale messages. */
  revision: number;
}

export function createFacilitation(input: {
  id: string;
  label: string;
  scenarioId: string;
  storyHash: string;
  seed: number;
  participants: Participants;
  now: number;
}): Facilitation {
  return {
    v: 1,
    id: input.id,
    label: input.label,
    createdAt: new Date(input.now).toISOString(),
    scenarioId: input.scenarioId,
    storyHash: input.storyHash,
    seed: input.seed,
    participants: input.participants,
    groupPath: [],
    branch: null,
    decisions: [],
    decisionShownAt: input.now,
    revealed: false,
    timer: { runningSince: null, elapsedMs: 0, decisionFromMs: 0 },
    panel: 'passage',
    page: 0,
    revision: 0,
  };
}

/** A session as stored: one kept before the presenter had pages and the timer a lap lacks those fields. */
export type StoredFacilitation = Omit<Facilitation, 'timer' | 'panel' | 'page'> & {
  timer?: Partial<Facilitation['timer']>;
  panel?: PresenterPanel;
  page?: number;
};

/** A stored session with any missing field given its default. */
export function withDefaults(f: StoredFacilitation): Facilitation {
  const timer = f.timer ?? {};
  return {
    ...f,
    timer: {
      runningSince: typeof timer.runningSince === 'number' ? timer.runningSince : null,
      elapsedMs: typeof timer.elapsedMs === 'number' ? timer.elapsedMs : 0,
      decisionFromMs: typeof timer.decisionFromMs === 'number' ? timer.decisionFromMs : 0,
    },
    panel: f.panel === 'case' ? 'case' : 'passage',
    page: typeof f.page === 'number' && Number.isInteger(f.page) && f.page > 0 ? f.page : 0,
  };
}

/** The choices that lead to what is on screen now (the group's path, or a branch off it). */
export function activePath(f: Facilitation): RecordedChoice[] {
  return f.branch ? [...f.groupPath.slice(0, f.branch.from), ...f.branch.path] : f.groupPath;
}

/** The saved-session form of the active path, for Session.resume. */
export function asSaved(f: Facilitation): SavedSession {
  return {
    v: SAVE_VERSION,
    scenarioId: f.scenarioId,
    storyHash: f.storyHash,
    seed: f.seed,
    feedbackMode: 'assessment',
    startedAt: Date.parse(f.createdAt),
    choices: activePath(f),
  };
}

function bump(f: Facilitation, change: Partial<Facilitation>): Facilitation {
  return { ...f, ...change, revision: f.revision + 1 };
}

/**
 * What changes whenever another passage comes up: feedback hidden, the presenter back on
 * the first page of the passage, and the time on this decision counted from now. The
 * discussion timer itself carries on.
 */
function nextPassage(f: Facilitation, now: number): Partial<Facilitation> {
  return {
    decisionShownAt: now,
    revealed: false,
    panel: 'passage',
    page: 0,
    timer: { ...f.timer, decisionFromMs: timerElapsed(f, now) },
  };
}

function recordFor(f: Facilitation, session: Session): DecisionRecord {
  const index = f.groupPath.length;
  const existing = f.decisions.find((d) => d.index === index);
  const beat = session.current;
  const options = beat.options.map((o) => o.text);
  if (existing && existing.options.join('\n') === options.join('\n')) return existing;
  return {
    index,
    decisionId: beat.decision?.id ?? null,
    prompt: beat.decision?.prompt ?? null,
    options,
    votes: options.map(() => 0),
    chosen: null,
    explored: [],
    seconds: 0,
  };
}

function withRecord(f: Facilitation, record: DecisionRecord): DecisionRecord[] {
  return [...f.decisions.filter((d) => d.index !== record.index), record].sort((a, b) => a.index - b.index);
}

/** Sets the room's show-of-hands count for each option at the current group decision. */
export function setVotes(f: Facilitation, session: Session, votes: number[]): Facilitation {
  if (f.branch) return f;
  const record = recordFor(f, session);
  const clean = record.options.map((_, i) => Math.max(0, Math.floor(Number(votes[i]) || 0)));
  return bump(f, { decisions: withRecord(f, { ...record, votes: clean }) });
}

/** Plays an option. On the group's path it is the group's choice; on a branch it goes on exploring. */
export function play(f: Facilitation, session: Session, index: number, now: number): Facilitation {
  const option = session.current.options[index];
  if (!option) return f;
  const choice: RecordedChoice = {
    index,
    text: option.text,
    decisionId: session.current.decision?.id ?? null,
    at: now,
  };
  if (f.branch) {
    return bump(f, {
      ...nextPassage(f, now),
      decisionShownAt: f.decisionShownAt,
      branch: { ...f.branch, path: [...f.branch.path, choice] },
    });
  }
  const record = recordFor(f, session);
  const seconds = record.seconds + Math.max(0, Math.round((now - f.decisionShownAt) / 1000));
  return bump(f, {
    ...nextPassage(f, now),
    groupPath: [...f.groupPath, choice],
    decisions: withRecord(f, { ...record, chosen: option.text, seconds }),
  });
}

/** Explores an option off the group's path, to show where it leads; the group's path is kept. */
export function explore(f: Facilitation, session: Session, index: number, now: number): Facilitation {
  const option = session.current.options[index];
  if (!option) return f;
  if (f.branch) return play(f, session, index, now);
  const record = recordFor(f, session);
  const explored = record.explored.includes(option.text) ? record.explored : [...record.explored, option.text];
  const choice: RecordedChoice = {
    index,
    text: option.text,
    decisionId: session.current.decision?.id ?? null,
    at: now,
  };
  const seconds = record.seconds + Math.max(0, Math.round((now - f.decisionShownAt) / 1000));
  return bump(f, {
    ...nextPassage(f, now),
    branch: { from: f.groupPath.length, path: [choice] },
    decisions: withRecord(f, { ...record, explored, seconds }),
  });
}

/** Leaves a branch and returns to the group's path where it was left. */
export function returnToGroup(f: Facilitation, now: number): Facilitation {
  if (!f.branch) return f;
  return bump(f, { ...nextPassage(f, now), branch: null });
}

/** Goes back one decision (on a branch: one step of the branch; back past its start returns to the group). */
export function back(f: Facilitation, now: number): Facilitation {
  if (f.branch) {
    if (f.branch.path.length <= 1) return returnToGroup(f, now);
    return bump(f, {
      ...nextPassage(f, now),
      decisionShownAt: f.decisionShownAt,
      branch: { ...f.branch, path: f.branch.path.slice(0, -1) },
    });
  }
  if (!f.groupPath.length) return f;
  const index = f.groupPath.length - 1;
  return bump(f, {
    ...nextPassage(f, now),
    groupPath: f.groupPath.slice(0, -1),
    decisions: f.decisions.map((d) => (d.index === index ? { ...d, chosen: null } : d)).filter((d) => d.index <= index),
  });
}

/** Replaces the group's path (used to jump to an episode); records of decisions past it are dropped. */
export function setGroupPath(f: Facilitation, path: RecordedChoice[], now: number): Facilitation {
  return bump(f, {
    ...nextPassage(f, now),
    groupPath: path,
    branch: null,
    decisions: f.decisions.filter((d) => d.index < path.length || (d.index === path.length && !d.chosen)),
  });
}

export function reveal(f: Facilitation, revealed: boolean): Facilitation {
  return bump(f, { revealed });
}

/** Shows the passage or the case so far on the projector, from its first page. */
export function showPanel(f: Facilitation, panel: PresenterPanel): Facilitation {
  return f.panel === panel ? f : bump(f, { panel, page: 0 });
}

/** Turns the projector to a page of what it shows (the presenter keeps it within its pages). */
export function turnPage(f: Facilitation, page: number): Facilitation {
  const to = Math.max(0, Math.floor(page) || 0);
  return to === f.page ? f : bump(f, { page: to });
}

/** Time on the discussion timer since it was last reset. */
export function timerElapsed(f: Facilitation, now: number): number {
  return f.timer.elapsedMs + (f.timer.runningSince === null ? 0 : Math.max(0, now - f.timer.runningSince));
}

/** Time on the discussion timer since the current decision came up (or since the reset, if later). */
export function decisionElapsed(f: Facilitation, now: number): number {
  return Math.max(0, timerElapsed(f, now) - f.timer.decisionFromMs);
}

export function startTimer(f: Facilitation, now: number): Facilitation {
  return f.timer.runningSince !== null ? f : bump(f, { timer: { ...f.timer, runningSince: now } });
}

export function pauseTimer(f: Facilitation, now: number): Facilitation {
  return f.timer.runningSince === null
    ? f
    : bump(f, { timer: { ...f.timer, runningSince: null, elapsedMs: timerElapsed(f, now) } });
}

/** Back to 00:00; a running timer goes on running from there. */
export function resetTimer(f: Facilitation, now: number): Facilitation {
  return bump(f, {
    timer: { runningSince: f.timer.runningSince === null ? null : now, elapsedMs: 0, decisionFromMs: 0 },
  });
}

/** The pseudonymous session record: no names, counts only. */
export interface SessionRecord {
  format: 'safeguarding-simulator-session';
  version: 1;
  label: string;
  date: string;
  scenario: { id: string; title: string; storyHash: string };
  participants: Participants;
  ending: { id: string; title: string } | null;
  decisions: DecisionRecord[];
}

export function sessionRecord(f: Facilitation, title: string, ending: SessionRecord['ending']): SessionRecord {
  return {
    format: 'safeguarding-simulator-session',
    version: 1,
    label: f.label,
    date: f.createdAt.slice(0, 10),
    scenario: { id: f.scenarioId, title, storyHash: f.storyHash },
    participants: f.participants,
    ending,
    decisions: f.decisions.filter(
      (d) => d.index < f.groupPath.length || d.votes.some((v) => v > 0) || d.explored.length > 0,
    ),
  };
}

/** The export's file name: the session label (as a slug) and the session's date, once. */
export function sessionFileName(r: SessionRecord, ext: 'json' | 'csv'): string {
  const slug = r.label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `session-${slug ? `${slug}-` : ''}${r.date}.${ext}`;
}

export const SESSION_CSV_COLUMNS = [
  'session_label',
  'date',
  'scenario_id',
  'participants',
  'decision',
  'decision_id',
  'option',
  'votes',
  'share_of_votes',
  'played_by_group',
  'explored',
  'seconds_discussed',
] as const;

/** One row per option of each decision. */
export function sessionRecordRows(r: SessionRecord): Record<string, unknown>[] {
  return r.decisions.flatMap((d) => {
    const total = d.votes.reduce((a, b) => a + b, 0);
    return d.options.map((option, i) => ({
      session_label: r.label,
      date: r.date,
      scenario_id: r.scenario.id,
      participants: r.participants.total,
      decision: d.index + 1,
      decision_id: d.decisionId,
      option,
      votes: d.votes[i] ?? 0,
      share_of_votes: total ? ((d.votes[i] ?? 0) / total).toFixed(2) : '',
      played_by_group: d.chosen === option ? 'yes' : 'no',
      explored: d.explored.includes(option) ? 'yes' : 'no',
      seconds_discussed: d.seconds,
    }));
  });
}
