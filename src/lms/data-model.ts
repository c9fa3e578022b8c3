/**
 * The two SCORM data models: which element holds what, and the values a report turns into.
 * Writes are listed in the order the specifications require (an interaction's id before
 * anything else of it, its type before its responses).
 */
import { CERTAINTY_WORDS } from '../engine/calibration.ts';
import type { TestForm } from '../engine/quiz.ts';
import {
  SAFE_ID,
  certaintyInteractionId,
  choiceIdentifier,
  choiceLetter,
  decimal,
  interactionId,
  langString250,
  scorm12Time,
  scorm12Timespan,
  scorm2004Duration,
  scorm2004Timestamp,
  testInteractionId,
  testObjectiveId,
} from './formats.ts';
import type { DecisionReport, LmsReport, ObjectiveReport, TestAnswerReport, TestReport } from './report.ts';
import { SCORM12_SUSPEND_LIMIT, SCORM2004_SUSPEND_LIMIT } from './suspend-data.ts';

export type ScormVersion = '1.2' | '2004';
export type Write = readonly [element: string, value: string];

export interface DataModel {
  version: ScormVersion;
  suspendDataLimit: number;
  locationLimit: number;
  /** Elements read at launch. */
  read: {
    learnerId: string;
    entry: string;
    mode: string;
    suspendData: string;
    location: string;
    passMark: string;
    interactionCount: string;
    objectiveCount: string;
    objectiveId(slot: number): string;
    /** Completion as the LMS holds it at launch. */
    status: string;
  };
  suspendData: string;
  /** The pass mark element's value as 0..1, or null when the LMS sets none. */
  parsePassMark(raw: string): number | null;
  /** Status, score and location; the score only at an ending (see docs/lms.md). */
  state(report: LmsReport): Write[];
  interaction(slot: number, d: DecisionReport): Write[];
  objective(slot: number, o: ObjectiveReport, finished: boolean): Write[];
  /** One question of a test, as a `choice` interaction (in 2004 with the certainty in its description). */
  testAnswer(slot: number, a: TestAnswerReport): Write[];
  /**
   * SCORM 1.2 only (null in 2004): the certainty of an answer, as a `likert` interaction
   * right after the answer's, since 1.2 interactions have no description.
   */
  testCertainty: ((slot: number, a: TestAnswerReport) => Write[]) | null;
  /** A test form's score, as the objective `test-<form>`. */
  testObjective(slot: number, t: TestReport): Write[];
  exit(finished: boolean, sessionMs: number): Write[];
  /** For a launch that ends before any play: marks a never-attempted activity as begun. */
  opened(statusAtLaunch: string): Write[];
}

const MAX_CORRECT_PATTERNS = 10;

/** How the objectives `test-pre`, `test-post`, `test-followup` are described (SCORM 2004). */
export const TEST_TITLES: Readonly<Record<TestForm, string>> = {
  pre: 'Pre-test',
  post: 'Post-test',
  followup: 'Follow-up test',
};

/** The objective an answer is tagged with: its learning point, when that is a valid identifier. */
function answerObjectives(p: string, a: TestAnswerReport): Write[] {
  return SAFE_ID.test(a.learningPoint) ? [[`${p}.objectives.0.id`, a.learningPoint]] : [];
}

/** The 2004 description of an answer: the certainty, if given, then the question, cut to 250 characters. */
export function testDescription(a: TestAnswerReport): string {
  const sure = a.certainty === null ? '' : `${CERTAINTY_WORDS[a.certainty]} — `;
  return langString250(`${sure}${a.question}`);
}

export const SCORM12: DataModel = {
  version: '1.2',
  suspendDataLimit: SCORM12_SUSPEND_LIMIT,
  locationLimit: 255,
  read: {
    learnerId: 'cmi.core.student_id',
    entry: 'cmi.core.entry',
    mode: 'cmi.core.lesson_mode',
    suspendData: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    passMark: 'cmi.student_data.mastery_score',
    interactionCount: 'cmi.interactions._count',
    objectiveCount: 'cmi.objectives._count',
    objectiveId: (slot) => `cmi.objectives.${slot}.id`,
    status: 'cmi.core.lesson_status',
  },
  suspendData: 'cmi.suspend_data',
  parsePassMark(raw) {
    const value = Number(raw);
    return raw.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 100 ? value / 100 : null;
  },
  state(r) {
    const status = !r.finished ? 'incomplete' : r.passed === null ? 'completed' : r.passed ? 'passed' : 'failed';
    const writes: Write[] = [
      ['cmi.core.lesson_status', status],
      ['cmi.core.lesson_location', r.location.slice(0, 255)],
    ];
    if (r.finished) {
      writes.push(['cmi.core.score.raw', String(r.score)], ['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']);
    }
    return writes;
  },
  interaction(slot, d) {
    const p = `cmi.interactions.${slot}`;
    const writes: Write[] = [
      [`${p}.id`, interactionId(d.decisionId, d.n)],
      [`${p}.type`, 'choice'],
      ...d.learningPoints.map((lp, m): Write => [`${p}.objectives.${m}.id`, lp]),
      [`${p}.time`, scorm12Time(d.at)],
    ];
    const correct = d.correctIndices.map(choiceLetter).filter((l): l is string => l !== null);
    correct
      .slice(0, MAX_CORRECT_PATTERNS)
      .forEach((letter, m) => writes.push([`${p}.correct_responses.${m}.pattern`, letter]));
    const response = choiceLetter(d.index);
    if (response) writes.push([`${p}.student_response`, response]);
    writes.push([`${p}.result`, d.result], [`${p}.latency`, scorm12Timespan(d.latencyMs)]);
    return writes;
  },
  objective(slot, o, finished) {
    const p = `cmi.objectives.${slot}`;
    if (!finished)
      return [
        [`${p}.id`, o.id],
        [`${p}.status`, 'incomplete'],
      ];
    return [
      [`${p}.id`, o.id],
      [`${p}.score.raw`, String(o.score)],
      [`${p}.score.min`, '0'],
      [`${p}.score.max`, '100'],
      [`${p}.status`, o.status === 'met' ? 'passed' : 'failed'],
    ];
  },
  testAnswer(slot, a) {
    const p = `cmi.interactions.${slot}`;
    const writes: Write[] = [
      [`${p}.id`, testInteractionId(a.form, a.questionId)],
      [`${p}.type`, 'choice'],
      ...answerObjectives(p, a),
      [`${p}.time`, scorm12Time(a.at)],
    ];
    const correct = a.answer === null ? null : choiceLetter(a.answer);
    if (correct) writes.push([`${p}.correct_responses.0.pattern`, correct]);
    const response = a.chosen === null ? null : choiceLetter(a.chosen);
    if (response) writes.push([`${p}.student_response`, response]);
    writes.push([`${p}.result`, a.result]);
    return writes;
  },
  testCertainty(slot, a) {
    if (a.certainty === null) return [];
    const p = `cmi.interactions.${slot}`;
    return [
      [`${p}.id`, certaintyInteractionId(a.form, a.questionId)],
      [`${p}.type`, 'likert'],
      ...answerObjectives(p, a),
      [`${p}.time`, scorm12Time(a.at)],
      [`${p}.student_response`, String(a.certainty)],
      [`${p}.result`, 'neutral'],
    ];
  },
  testObjective(slot, t) {
    const p = `cmi.objectives.${slot}`;
    return [
      [`${p}.id`, testObjectiveId(t.form)],
      [`${p}.score.raw`, String(t.score)],
      [`${p}.score.min`, '0'],
      [`${p}.score.max`, String(t.max)],
      // A test has no pass mark: it is taken, not passed.
      [`${p}.status`, 'completed'],
    ];
  },
  exit(finished, sessionMs) {
    return [
      ['cmi.core.session_time', scorm12Timespan(sessionMs)],
      ['cmi.core.exit', finished ? '' : 'suspend'],
    ];
  },
  opened(status) {
    return status === 'not attempted' || status === '' ? [['cmi.core.lesson_status', 'incomplete']] : [];
  },
};

export const SCORM2004: DataModel = {
  version: '2004',
  suspendDataLimit: SCORM2004_SUSPEND_LIMIT,
  locationLimit: 1000,
  read: {
    learnerId: 'cmi.learner_id',
    entry: 'cmi.entry',
    mode: 'cmi.mode',
    suspendData: 'cmi.suspend_data',
    location: 'cmi.location',
    passMark: 'cmi.scaled_passing_score',
    interactionCount: 'cmi.interactions._count',
    objectiveCount: 'cmi.objectives._count',
    objectiveId: (slot) => `cmi.objectives.${slot}.id`,
    status: 'cmi.completion_status',
  },
  suspendData: 'cmi.suspend_data',
  parsePassMark(raw) {
    const value = Number(raw);
    // A scaled passing score may be negative in the data model; no pass mark here can be.
    return raw.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 1 ? value : null;
  },
  state(r) {
    const writes: Write[] = [
      ['cmi.completion_status', r.finished ? 'completed' : 'incomplete'],
      ['cmi.progress_measure', decimal(r.progress)],
      ['cmi.location', r.location.slice(0, 1000)],
    ];
    if (r.finished) {
      writes.push(
        ['cmi.score.scaled', decimal(r.score / 100)],
        ['cmi.score.raw', String(r.score)],
        ['cmi.score.min', '0'],
        ['cmi.score.max', '100'],
      );
    }
    writes.push(['cmi.success_status', r.passed === null ? 'unknown' : r.passed ? 'passed' : 'failed']);
    return writes;
  },
  interaction(slot, d) {
    const p = `cmi.interactions.${slot}`;
    const writes: Write[] = [
      [`${p}.id`, interactionId(d.decisionId, d.n)],
      [`${p}.type`, 'choice'],
      ...d.learningPoints.map((lp, m): Write => [`${p}.objectives.${m}.id`, lp]),
      [`${p}.timestamp`, scorm2004Timestamp(d.at)],
    ];
    d.correctIndices
      .slice(0, MAX_CORRECT_PATTERNS)
      .forEach((index, m) => writes.push([`${p}.correct_responses.${m}.pattern`, choiceIdentifier(index)]));
    writes.push(
      [`${p}.learner_response`, choiceIdentifier(d.index)],
      [`${p}.result`, d.result === 'wrong' ? 'incorrect' : d.result],
      [`${p}.latency`, scorm2004Duration(d.latencyMs)],
    );
    const description = langString250(d.text);
    if (description) writes.push([`${p}.description`, description]);
    return writes;
  },
  objective(slot, o, finished) {
    const p = `cmi.objectives.${slot}`;
    const writes: Write[] = [[`${p}.id`, o.id]];
    const description = langString250(o.title);
    if (description) writes.push([`${p}.description`, description]);
    if (!finished) {
      writes.push([`${p}.completion_status`, 'incomplete'], [`${p}.success_status`, 'unknown']);
      return writes;
    }
    writes.push(
      [`${p}.score.scaled`, decimal(o.score / 100)],
      [`${p}.score.raw`, String(o.score)],
      [`${p}.score.min`, '0'],
      [`${p}.score.max`, '100'],
      [`${p}.completion_status`, 'completed'],
      [`${p}.success_status`, o.status === 'met' ? 'passed' : 'failed'],
    );
    return writes;
  },
  testAnswer(slot, a) {
    const p = `cmi.interactions.${slot}`;
    const writes: Write[] = [
      [`${p}.id`, testInteractionId(a.form, a.questionId)],
      [`${p}.type`, 'choice'],
      ...answerObjectives(p, a),
      [`${p}.timestamp`, scorm2004Timestamp(a.at)],
    ];
    if (a.answer !== null) writes.push([`${p}.correct_responses.0.pattern`, choiceIdentifier(a.answer)]);
    if (a.chosen !== null) writes.push([`${p}.learner_response`, choiceIdentifier(a.chosen)]);
    writes.push([`${p}.result`, a.result === 'wrong' ? 'incorrect' : a.result]);
    const description = testDescription(a);
    if (description) writes.push([`${p}.description`, description]);
    return writes;
  },
  testCertainty: null,
  testObjective(slot, t) {
    const p = `cmi.objectives.${slot}`;
    return [
      [`${p}.id`, testObjectiveId(t.form)],
      [`${p}.description`, TEST_TITLES[t.form]],
      [`${p}.score.scaled`, decimal(t.max ? t.score / t.max : 0)],
      [`${p}.score.raw`, String(t.score)],
      [`${p}.score.min`, '0'],
      [`${p}.score.max`, String(t.max)],
      // A test has no pass mark: it is taken (completed), and neither passed nor failed.
      [`${p}.completion_status`, 'completed'],
      [`${p}.success_status`, 'unknown'],
    ];
  },
  exit(finished, sessionMs) {
    return [
      ['cmi.session_time', scorm2004Duration(sessionMs)],
      ['cmi.exit', finished ? 'normal' : 'suspend'],
    ];
  },
  opened(status) {
    return status === 'not attempted' || status === 'unknown' || status === ''
      ? [['cmi.completion_status', 'incomplete']]
      : [];
  },
};

export function dataModel(version: ScormVersion): DataModel {
  return version === '1.2' ? SCORM12 : SCORM2004;
}
