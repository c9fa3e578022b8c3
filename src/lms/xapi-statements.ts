/**
 * The xAPI statements of a play, built from what the LMS report already holds (lms/report.ts)
 * so SCORM and xAPI say the same things: each decision, each test answer with its certainty,
 * each learning point met or not, completion and pass, the result record, and the launch's
 * start and end. Pure: ids and times are given, nothing is sent from here.
 *
 * Under a cmi5 launch every statement carries the LMS's context template (registration,
 * session id, grouping); the statements cmi5 defines (initialized, completed, passed, failed,
 * terminated) carry its category and the AU as object, and no other statement does.
 */
import type { ResultRecord } from '../engine/result.ts';
import type { BeatOption } from '../engine/runner.ts';
import type { Question, TestForm } from '../engine/quiz.ts';
import type { Session } from '../engine/session.ts';
import type { DecisionReport, LmsReport, ObjectiveReport, TestAnswerReport, TestReport } from './report.ts';
import { ACTIVITY_TYPE, CMI5, EXT, VERB, type VerbName, XAPI_VERSION } from './xapi-vocabulary.ts';

export type LanguageMap = Record<string, string>;

export interface Account {
  objectType?: 'Agent';
  account: { homePage: string; name: string };
}

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: {
    type?: string;
    name?: LanguageMap;
    description?: LanguageMap;
    interactionType?: 'choice';
    correctResponsesPattern?: string[];
    choices?: { id: string; description: LanguageMap }[];
    extensions?: Record<string, unknown>;
  };
}

export interface StatementContext {
  registration?: string;
  contextActivities?: {
    parent?: Activity[];
    grouping?: Activity[];
    category?: Activity[];
    other?: Activity[];
  };
  extensions?: Record<string, unknown>;
  language?: string;
}

export interface StatementResult {
  score?: { scaled?: number; raw?: number; min?: number; max?: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Record<string, unknown>;
}

/** An xAPI 1.0.3 statement as the app writes it (the id is the app's, so a resend is not a duplicate). */
export interface Statement {
  id: string;
  actor: Account | { objectType?: 'Agent'; mbox?: string; account?: Account['account']; name?: string };
  verb: { id: string; display: LanguageMap };
  object: Activity;
  result?: StatementResult;
  context?: StatementContext;
  timestamp: string;
  version?: string;
}

/** What every statement of one launch shares. */
export interface LaunchContext {
  actor: Statement['actor'];
  /** The activity the launch is of: under cmi5, the AU's id from the course structure. */
  activityId: string;
  registration: string;
  /** cmi5's context template from LMS.LaunchData (registration, session id, grouping…); {} outside cmi5. */
  template: StatementContext;
  /** The scenario's title, for activity names. */
  title: string;
  language: string;
  facilitated: boolean;
}

export interface Stamp {
  id: string;
  /** Epoch milliseconds. */
  at: number;
}

const DISPLAY: Record<VerbName, string> = {
  launched: 'launched',
  initialized: 'initialized',
  responded: 'responded',
  answered: 'answered',
  scored: 'scored',
  completed: 'completed',
  passed: 'passed',
  failed: 'failed',
  terminated: 'terminated',
  recorded: 'recorded',
};

/** ISO 8601 duration of milliseconds, to hundredths of a second as cmi5 asks. */
export function isoDuration(ms: number): string {
  const centis = Math.max(Math.round(ms / 10), 0);
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds.toFixed(2).replace(/\.00$/, '')}S`;
}

/** An option's id in a decision's interaction: its place in the Ink, which shuffling never changes. */
export function optionId(index: number): string {
  return `option-${index + 1}`;
}

function lang(launch: LaunchContext, text: string): LanguageMap {
  return { [launch.language]: text };
}

function unit(launch: LaunchContext): Activity {
  return {
    objectType: 'Activity',
    id: launch.activityId,
    definition: { type: ACTIVITY_TYPE.simulation, name: lang(launch, launch.title) },
  };
}

function childId(launch: LaunchContext, ...parts: string[]): string {
  return [launch.activityId.replace(/\/+$/, ''), ...parts.map(encodeURIComponent)].join('/');
}

interface Play {
  scenarioId: string;
  storyVersion: string;
  feedbackMode: string;
}

export function playOf(session: Session): Play {
  return {
    scenarioId: session.scenario.meta.id,
    storyVersion: session.scenario.storyHash,
    feedbackMode: session.feedbackMode,
  };
}

function context(launch: LaunchContext, play: Play | null, cmi5Defined: boolean, moveOn = false): StatementContext {
  const template = launch.template;
  const categories = [...(template.contextActivities?.category ?? [])];
  if (cmi5Defined) categories.push({ objectType: 'Activity', id: CMI5.category });
  if (moveOn) categories.push({ objectType: 'Activity', id: CMI5.moveOn });
  const contextActivities = {
    ...template.contextActivities,
    ...(cmi5Defined ? {} : { parent: [unit(launch)] }),
    ...(categories.length ? { category: categories } : {}),
  };
  return {
    ...template,
    registration: launch.registration,
    language: launch.language,
    contextActivities,
    extensions: {
      ...template.extensions,
      [EXT.facilitated]: launch.facilitated,
      ...(play
        ? {
            [EXT.scenario]: play.scenarioId,
            [EXT.storyVersion]: play.storyVersion,
            [EXT.feedbackMode]: play.feedbackMode,
          }
        : {}),
    },
  };
}

function statement(
  launch: LaunchContext,
  stamp: Stamp,
  verb: VerbName,
  object: Activity,
  ctx: StatementContext,
  result?: StatementResult,
): Statement {
  return {
    id: stamp.id,
    actor: launch.actor,
    verb: { id: VERB[verb], display: { 'en-US': DISPLAY[verb] } },
    object,
    ...(result ? { result } : {}),
    context: ctx,
    timestamp: new Date(stamp.at).toISOString(),
    version: XAPI_VERSION,
  };
}

export function initializedStatement(launch: LaunchContext, stamp: Stamp): Statement {
  return statement(launch, stamp, 'initialized', unit(launch), context(launch, null, true));
}

export function terminatedStatement(launch: LaunchContext, stamp: Stamp, durationMs: number): Statement {
  return statement(launch, stamp, 'terminated', unit(launch), context(launch, null, true), {
    duration: isoDuration(durationMs),
  });
}

function effectsOf(option: BeatOption): { learningPoint: string; delta: number }[] {
  return option.effects.map((e) => ({ learningPoint: e.id, delta: e.delta }));
}

/** `responded` to a decision: a choice interaction whose choices are the options offered, in Ink order. */
export function decisionStatement(
  launch: LaunchContext,
  stamp: Stamp,
  play: Play,
  decision: DecisionReport,
  offered: readonly BeatOption[],
  previousAt: number,
): Statement {
  const chosen = offered.find((o) => o.index === decision.index);
  const decisionKey = decision.decisionId ?? `decision-${decision.n}`;
  const object: Activity = {
    objectType: 'Activity',
    id: childId(launch, 'decisions', decisionKey),
    definition: {
      type: ACTIVITY_TYPE.interaction,
      name: lang(launch, `${launch.title}: decision ${decisionKey}`),
      interactionType: 'choice',
      choices: offered.map((o) => ({ id: optionId(o.index), description: lang(launch, o.text) })),
      ...(decision.correctIndices.length
        ? { correctResponsesPattern: decision.correctIndices.map((i) => optionId(i)) }
        : {}),
    },
  };
  return statement(launch, stamp, 'responded', object, context(launch, play, false), {
    response: optionId(decision.index),
    ...(decision.result === 'neutral' ? {} : { success: decision.result === 'correct' }),
    duration: isoDuration(decision.at - previousAt),
    extensions: {
      [EXT.decisionId]: decision.decisionId,
      [EXT.position]: decision.n,
      [EXT.judged]: decision.result,
      [EXT.effects]: chosen ? effectsOf(chosen) : [],
    },
  });
}

/** `answered` for each question of a marked test, with the learner's certainty. */
export function testStatements(
  launch: LaunchContext,
  stamps: () => Stamp,
  play: Play,
  test: TestReport,
  questions: readonly Question[],
): Statement[] {
  return test.answers.map((a: TestAnswerReport) => {
    const q = questions.find((x) => x.id === a.questionId);
    const object: Activity = {
      objectType: 'Activity',
      id: childId(launch, 'tests', test.form, a.questionId),
      definition: {
        type: ACTIVITY_TYPE.interaction,
        name: lang(launch, `${launch.title}: ${test.form}-test question ${a.questionId}`),
        ...(q ? { description: lang(launch, q.question) } : {}),
        interactionType: 'choice',
        ...(q
          ? {
              choices: q.options.map((text, i) => ({ id: String(i), description: lang(launch, text) })),
              correctResponsesPattern: [String(q.answer)],
            }
          : {}),
      },
    };
    const answered = a.chosen !== null;
    return statement(launch, { ...stamps(), at: a.at }, 'answered', object, testContext(launch, play, test.form), {
      response: answered ? String(a.chosen) : '',
      ...(answered ? { success: a.result === 'correct' } : {}),
      extensions: {
        [EXT.learningPoint]: a.learningPoint,
        [EXT.certainty]: a.certainty,
      },
    });
  });
}

function testContext(launch: LaunchContext, play: Play, form: TestForm): StatementContext {
  const ctx = context(launch, play, false);
  return { ...ctx, extensions: { ...ctx.extensions, [EXT.form]: form } };
}

/** `scored` for each learning point at an ending: success when met, the status beside it. */
export function learningPointStatements(
  launch: LaunchContext,
  stamps: () => Stamp,
  play: Play,
  objectives: readonly ObjectiveReport[],
): Statement[] {
  return objectives.map((o) =>
    statement(
      launch,
      stamps(),
      'scored',
      {
        objectType: 'Activity',
        id: childId(launch, 'learning-points', o.id),
        definition: { type: ACTIVITY_TYPE.objective, name: lang(launch, o.title) },
      },
      context(launch, play, false),
      {
        score: { scaled: o.score / 100 },
        success: o.status === 'met',
        extensions: { [EXT.learningPoint]: o.id, [EXT.status]: o.status },
      },
    ),
  );
}

/** cmi5's `completed` (an ending was reached). */
export function completedStatement(launch: LaunchContext, stamp: Stamp, durationMs: number): Statement {
  return statement(launch, stamp, 'completed', unit(launch), context(launch, null, true, true), {
    completion: true,
    duration: isoDuration(durationMs),
  });
}

/** cmi5's `passed` or `failed`, with the scaled score and the mastery score it was judged against. */
export function judgedStatement(
  launch: LaunchContext,
  stamp: Stamp,
  report: LmsReport,
  masteryScore: number,
  durationMs: number,
): Statement {
  const passed = report.score / 100 >= masteryScore - 1e-9;
  const ctx = context(launch, null, true, true);
  return statement(
    launch,
    stamp,
    passed ? 'passed' : 'failed',
    unit(launch),
    { ...ctx, extensions: { ...ctx.extensions, [CMI5.masteryScore]: masteryScore } },
    { score: { scaled: report.score / 100 }, success: passed, duration: isoDuration(durationMs) },
  );
}

/** The pseudonymous result record, whole, so a dashboard can measure exactly as from an exported file. */
export function recordStatement(launch: LaunchContext, stamp: Stamp, record: ResultRecord): Statement {
  const ctx = context(
    launch,
    { scenarioId: record.scenario.id, storyVersion: record.scenario.storyHash, feedbackMode: record.feedbackMode },
    false,
  );
  // The object is the AU itself, so it is not its own parent.
  const activities = { ...ctx.contextActivities };
  delete activities.parent;
  return statement(
    launch,
    stamp,
    'recorded',
    unit(launch),
    { ...ctx, contextActivities: activities },
    {
      score: { scaled: record.overall },
      completion: record.completed,
      extensions: { [EXT.record]: record },
    },
  );
}
