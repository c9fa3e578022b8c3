/** What the dashboard keeps of each result record, and how it is cut from a full one. */
import type { Certainty } from './quiz.ts';
import type { ResultRecord } from './result.ts';

export interface MeasuredAnswer {
  /** The question; absent in records the dashboard kept before it kept question ids. */
  questionId?: string;
  learningPoint: string;
  correct: boolean;
  /** How sure the learner said they were of an answered question; null or absent when they did not say. */
  certainty?: Certainty | null;
}

export interface MeasuredQuiz {
  score: number;
  max: number;
  answers: readonly MeasuredAnswer[];
}

/** The manager's answers on use in practice (result.ts, `practice`), each null when not given. */
export interface MeasuredPractice {
  applied: number | null;
  changed: number | null;
  supervision: number | null;
}

/**
 * The part of a result record the dashboard measures (and keeps): no path, no chosen
 * options. A full ResultRecord is one of these. The follow-up test and practice are
 * absent in records the dashboard kept before it measured them.
 */
export interface MeasuredRecord {
  id: string;
  participant: { code: string | null; agency: string | null; role: string | null; cohort: string | null };
  scenario: { id: string; title: string };
  startedAt: string;
  completed: boolean;
  learningPoints: readonly { id: string; status: 'met' | 'partly' | 'missed' }[];
  themes: readonly { id: string; scaled: number }[];
  preTest: MeasuredQuiz | null;
  postTest: MeasuredQuiz | null;
  followUpTest?: MeasuredQuiz | null;
  confidence: {
    before: Readonly<Record<string, number>> | null;
    after: Readonly<Record<string, number>> | null;
  };
  practice?: MeasuredPractice | null;
}

const quizPart = (q: ResultRecord['preTest']): MeasuredQuiz | null =>
  q && {
    score: q.score,
    max: q.max,
    answers: q.answers.map((a) => ({
      questionId: a.questionId,
      learningPoint: a.learningPoint,
      correct: a.correct,
      // A certainty without an answer says nothing (as in calibrationOf): it is dropped.
      certainty: a.chosen === null ? null : a.certainty,
    })),
  };

/** Keeps only what the measures use, so that 100,000 records fit comfortably in memory and storage. */
export function toMeasured(r: ResultRecord): MeasuredRecord {
  return {
    id: r.id,
    participant: { ...r.participant },
    scenario: { id: r.scenario.id, title: r.scenario.title },
    startedAt: r.startedAt,
    completed: r.completed,
    learningPoints: r.learningPoints.map(({ id, status }) => ({ id, status })),
    themes: r.themes.map(({ id, scaled }) => ({ id, scaled })),
    preTest: quizPart(r.preTest),
    postTest: quizPart(r.postTest),
    followUpTest: quizPart(r.followUpTest),
    confidence: { before: r.confidence.before, after: r.confidence.after },
    practice: r.practice && {
      applied: r.practice.applied,
      changed: r.practice.changed,
      supervision: r.practice.supervision,
    },
  };
}
