/**
 * A strict reading of the SCORM run-time rules, applied to every call a SCO makes. LMS
 * runtimes (scorm-again included) accept more than the specifications allow; this
 * checker does not. It fails on a "false" return, any error code (except 2004's "not
 * initialized" answer to reading an element never set), suspend data over the limit,
 * identifiers outside [A-Za-z0-9_-], values in the wrong format (for an interaction's
 * responses, the format of its type), interactions or objectives written out of order, an
 * interaction's responses before its type, an interaction id journaled twice in one session,
 * and any call before Initialize or after Finish.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { Scorm12Api, Scorm2004Api } from '../../src/lms/connection.ts';
import type { ScormVersion } from '../../src/lms/data-model.ts';

export interface ApiCall {
  method: string;
  args: string[];
  result: string;
  /** GetLastError right after the call. */
  error: string;
}

const ID = /^[A-Za-z0-9_-]{1,250}$/;
const DECIMAL = /^-?\d{1,10}(\.\d{1,7})?$/;
const within = (lo: number, hi: number) => (v: string) => DECIMAL.test(v) && Number(v) >= lo && Number(v) <= hi;
const oneOf =
  (...values: string[]) =>
  (v: string) =>
    values.includes(v);
const matches = (re: RegExp) => (v: string) => re.test(v);
const maxLength = (n: number) => (v: string) => v.length <= n;

type Rule = [RegExp, (value: string) => boolean];

const RULES_12: Rule[] = [
  [/^cmi\.core\.lesson_status$/, oneOf('passed', 'completed', 'failed', 'incomplete', 'browsed')],
  [/^cmi\.core\.lesson_location$/, maxLength(255)],
  [/^cmi\.core\.score\.(raw|min|max)$/, within(0, 100)],
  [/^cmi\.core\.exit$/, oneOf('', 'suspend', 'logout', 'time-out')],
  [/^cmi\.core\.session_time$/, matches(/^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/)],
  [/^cmi\.suspend_data$/, maxLength(4096)],
  [/^cmi\.objectives\.\d+\.id$/, matches(ID)],
  [/^cmi\.objectives\.\d+\.score\.(raw|min|max)$/, within(0, 100)],
  [/^cmi\.objectives\.\d+\.status$/, oneOf('passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted')],
  [/^cmi\.interactions\.\d+\.id$/, matches(ID)],
  [/^cmi\.interactions\.\d+\.objectives\.\d+\.id$/, matches(ID)],
  [/^cmi\.interactions\.\d+\.time$/, matches(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/)],
  [/^cmi\.interactions\.\d+\.type$/, oneOf('choice', 'likert')],
  [/^cmi\.interactions\.\d+\.correct_responses\.\d+\.pattern$/, matches(/^[0-9a-z](,[0-9a-z])*$/)],
  [/^cmi\.interactions\.\d+\.student_response$/, matches(/^[0-9a-z](,[0-9a-z])*$/)],
  [/^cmi\.interactions\.\d+\.result$/, oneOf('correct', 'wrong', 'unanticipated', 'neutral')],
  [/^cmi\.interactions\.\d+\.latency$/, matches(/^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/)],
];

const TIMESTAMP =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2}(Z|[+-]([01]\d|2[0-3])(:[0-5]\d)?)?)?$/;
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
const LANG250 = (v: string) => v.length <= 250 && !v.startsWith('{');

const RULES_2004: Rule[] = [
  [/^cmi\.completion_status$/, oneOf('completed', 'incomplete', 'not attempted', 'unknown')],
  [/^cmi\.success_status$/, oneOf('passed', 'failed', 'unknown')],
  [/^cmi\.progress_measure$/, within(0, 1)],
  [/^cmi\.location$/, maxLength(1000)],
  [/^cmi\.score\.scaled$/, within(-1, 1)],
  [/^cmi\.score\.(raw|min|max)$/, within(0, 100)],
  [/^cmi\.exit$/, oneOf('', 'suspend', 'logout', 'time-out', 'normal')],
  [/^cmi\.session_time$/, matches(DURATION)],
  [/^cmi\.suspend_data$/, maxLength(64000)],
  [/^cmi\.objectives\.\d+\.id$/, matches(ID)],
  [/^cmi\.objectives\.\d+\.score\.scaled$/, within(-1, 1)],
  [/^cmi\.objectives\.\d+\.score\.(raw|min|max)$/, within(0, 100)],
  [/^cmi\.objectives\.\d+\.success_status$/, oneOf('passed', 'failed', 'unknown')],
  [/^cmi\.objectives\.\d+\.completion_status$/, oneOf('completed', 'incomplete', 'not attempted', 'unknown')],
  [/^cmi\.objectives\.\d+\.description$/, LANG250],
  [/^cmi\.interactions\.\d+\.id$/, matches(ID)],
  [/^cmi\.interactions\.\d+\.objectives\.\d+\.id$/, matches(ID)],
  [/^cmi\.interactions\.\d+\.timestamp$/, matches(TIMESTAMP)],
  [/^cmi\.interactions\.\d+\.type$/, oneOf('choice')],
  [/^cmi\.interactions\.\d+\.correct_responses\.\d+\.pattern$/, matches(ID)],
  [/^cmi\.interactions\.\d+\.learner_response$/, matches(ID)],
  [/^cmi\.interactions\.\d+\.result$/, oneOf('correct', 'incorrect', 'unanticipated', 'neutral')],
  [/^cmi\.interactions\.\d+\.latency$/, matches(DURATION)],
  [/^cmi\.interactions\.\d+\.description$/, LANG250],
];

const NAMES = {
  '1.2': { init: 'LMSInitialize', end: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit' },
  '2004': { init: 'Initialize', end: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit' },
} as const;

const DIAGNOSTIC = new Set(['LMSGetLastError', 'LMSGetErrorString', 'GetLastError', 'GetErrorString']);

export class StrictChecker {
  readonly problems: string[] = [];
  readonly calls: ApiCall[] = [];
  private phase: 'before' | 'running' | 'finished' = 'before';
  /** Records per array, for ordering checks: written ids by index. */
  private readonly arrays = { interactions: new Map<number, string>(), objectives: new Map<number, string>() };
  /** The type written for each interaction of this session. */
  private readonly interactionTypes = new Map<number, string>();

  private readonly earlierInteractions: number;

  constructor(
    readonly version: ScormVersion,
    /** What the LMS already holds at launch (a relaunch). */
    initial: { interactions?: number; objectiveIds?: string[] } = {},
  ) {
    this.earlierInteractions = initial.interactions ?? 0;
    for (let i = 0; i < this.earlierInteractions; i++) this.arrays.interactions.set(i, '(earlier)');
    (initial.objectiveIds ?? []).forEach((id, i) => this.arrays.objectives.set(i, id));
  }

  get finishes(): number {
    return this.calls.filter((c) => c.method === NAMES[this.version].end).length;
  }

  record(call: ApiCall): void {
    this.calls.push(call);
    if (DIAGNOSTIC.has(call.method)) return;
    const names = NAMES[this.version];
    const where = `${call.method}(${call.args.map((a) => JSON.stringify(a.length > 60 ? `${a.slice(0, 60)}…` : a)).join(', ')})`;
    const fail = (why: string) => this.problems.push(`${where}: ${why}`);

    if (this.phase === 'finished') fail('called after Finish/Terminate');
    if (call.method === names.init) {
      if (this.phase !== 'before') fail('Initialize called twice');
      this.phase = 'running';
    } else if (this.phase === 'before') {
      fail('called before Initialize');
    }
    if (call.method === names.end) this.phase = 'finished';

    if (call.method !== names.get && call.result !== 'true') fail(`returned ${JSON.stringify(call.result)}`);
    if (call.error !== '0') {
      // 2004's 403 answers a read of an element never set (suspend data on a first launch): an empty value.
      const unsetRead = this.version === '2004' && call.method === names.get && call.error === '403';
      if (!unsetRead) fail(`error code ${call.error}`);
    }
    if (call.method === names.set) this.checkValue(call.args[0] ?? '', call.args[1] ?? '', fail);
  }

  private checkValue(element: string, value: string, fail: (why: string) => void): void {
    const rules = this.version === '1.2' ? RULES_12 : RULES_2004;
    const rule = rules.find(([pattern]) => pattern.test(element));
    if (!rule) return fail('writes an element this package should never write');
    if (!rule[1](value)) fail('value out of the specification');
    const array = /^cmi\.(interactions|objectives)\.(\d+)\.(.+)$/.exec(element);
    if (array) {
      const [, name, n, rest] = array as unknown as [string, 'interactions' | 'objectives', string, string];
      const slots = this.arrays[name];
      const index = Number(n);
      if (name === 'interactions' && index < this.earlierInteractions) {
        fail('rewrites an interaction recorded in an earlier session');
      } else if (!slots.has(index)) {
        if (index !== slots.size) fail(`${name} written at ${index} while the LMS holds ${slots.size}`);
        if (rest !== 'id') fail(`${name}.${index} written before its id`);
        slots.set(index, value);
      } else if (rest === 'id' && slots.get(index) !== value) {
        fail(`${name}.${index}.id changed from ${slots.get(index)}`);
      }
      if (name === 'interactions') this.checkInteraction(index, rest, value, fail);
    }
  }

  /** Type-dependent rules: responses follow the type, in the format of that type. */
  private checkInteraction(index: number, rest: string, value: string, fail: (why: string) => void): void {
    if (rest === 'id') {
      for (const [other, id] of this.arrays.interactions) {
        if (other !== index && id === value) fail(`journals ${value} again (it is interaction ${other})`);
      }
      return;
    }
    if (rest === 'type') {
      this.interactionTypes.set(index, value);
      return;
    }
    const response = /^(correct_responses\.\d+\.pattern|student_response|learner_response)$/.test(rest);
    if (!response) return;
    const type = this.interactionTypes.get(index);
    if (!type) return fail(`interactions.${index}.${rest} written before its type`);
    if (type === 'likert') {
      // SCORM 1.2: a likert response is a single character 0–9 or a–z, and a likert has no correct response.
      if (rest.startsWith('correct_responses')) fail('a likert interaction has no correct response');
      else if (!/^[0-9a-z]$/.test(value)) fail('a likert response is one character, 0–9 or a–z');
    }
  }
}

type AnyFn = (...args: string[]) => unknown;

interface RuntimeCmi {
  interactions: { _count: number };
  objectives: { _count: number; childArray: { id: string }[] };
}

function heldAtLaunch(cmi: RuntimeCmi): { interactions: number; objectiveIds: string[] } {
  return { interactions: cmi.interactions._count, objectiveIds: cmi.objectives.childArray.map((o) => o.id) };
}

function wrap<T extends object>(real: T, methods: string[], checker: StrictChecker, lastError: () => unknown): T {
  const api: Record<string, AnyFn> = {};
  for (const method of methods) {
    const fn = (real as Record<string, AnyFn>)[method]!.bind(real);
    api[method] = (...args: string[]) => {
      const result = fn(...args);
      try {
        checker.record({ method, args, result: String(result), error: String(lastError()) });
      } catch (e) {
        // The SCO under test guards its calls, so a throw here would go unseen.
        checker.problems.push(`the checker itself failed on ${method}: ${String(e)}`);
      }
      return result;
    };
  }
  for (const method of ['GetLastError', 'GetErrorString', 'LMSGetLastError', 'LMSGetErrorString']) {
    const fn = (real as Record<string, AnyFn>)[method];
    if (fn) api[method] = fn.bind(real);
  }
  return api as T;
}

export interface StrictLms<A> {
  /** The API object a SCO finds. */
  api: A;
  checker: StrictChecker;
  /** The runtime's own data model, for assertions. */
  cmi: Record<string, unknown>;
  /** The data model as a relaunch would load it. */
  snapshot(): Record<string, unknown>;
}

/** A real scorm-again SCORM 1.2 runtime behind the strict checker; `initial` is a relaunch's stored data. */
export function strictScorm12(initial?: Record<string, unknown>): StrictLms<Scorm12Api> {
  const real = new Scorm12API({ logLevel: 5, autocommit: false });
  if (initial) real.loadFromJSON(initial as never);
  const checker = new StrictChecker('1.2', heldAtLaunch(real.cmi as unknown as RuntimeCmi));
  const api = wrap(
    real as unknown as Scorm12Api,
    ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'],
    checker,
    () => real.LMSGetLastError(),
  );
  return {
    api,
    checker,
    cmi: real.cmi as unknown as Record<string, unknown>,
    snapshot: () => JSON.parse(JSON.stringify(real.cmi)),
  };
}

export function strictScorm2004(initial?: Record<string, unknown>): StrictLms<Scorm2004Api> {
  const real = new Scorm2004API({ logLevel: 5, autocommit: false });
  if (initial) real.loadFromJSON(initial as never);
  const checker = new StrictChecker('2004', heldAtLaunch(real.cmi as unknown as RuntimeCmi));
  const api = wrap(
    real as unknown as Scorm2004Api,
    ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'],
    checker,
    () => real.GetLastError(),
  );
  return {
    api,
    checker,
    cmi: real.cmi as unknown as Record<string, unknown>,
    snapshot: () => JSON.parse(JSON.stringify(real.cmi)),
  };
}
