/**
 * Measures of knowledge and confidence gain over many result records, for the
 * partnership dashboard: per scenario, learning point, theme, agency and role, with
 * effect sizes, follow-up, calibration, item analysis and use in practice. Pure
 * TypeScript: it runs in the dashboard's worker, in Node tests and in the benchmark.
 * The method is set out in docs/dashboard.md and on the dashboard page.
 */
import { Column, Dictionary } from './columns.ts';
import { FEW, type Figure, FOLLOW_UP, mean, POST, PRE, ratio, TEST_FORMS } from './figures.ts';
import { GroupSums, type GroupMeasures, RecordFigures } from './group-sums.ts';
import { analyseForm, type FormAnalysis, FormSums, ItemSums } from './item-analysis.ts';
import type { Certainty } from './quiz.ts';
import type { ResultRecord } from './result.ts';

export { FEW, type Figure };
export { type GroupMeasures, normalisedGain } from './group-sums.ts';
export type { EffectSize } from './effect-size.ts';
export type { CalibrationMeasures } from './calibration-sums.ts';
export type { FormAnalysis, ItemMeasures } from './item-analysis.ts';
export type { PracticeMeasures } from './practice-sums.ts';

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

/**
 * A selection of records. An absent field selects everything; for agency, role and
 * cohort, null selects the records where the participant did not say.
 */
export interface Filters {
  /** First day (YYYY-MM-DD, inclusive) on which the play started, in UTC. */
  from?: string | null;
  /** Last day (YYYY-MM-DD, inclusive). */
  to?: string | null;
  scenario?: string;
  agency?: string | null;
  role?: string | null;
  cohort?: string | null;
}

export interface LearningPointMeasures {
  scenarioId: string;
  learningPointId: string;
  /** Share of pre-test answers on this learning point that were correct (0..1); n = records that answered one. */
  preCorrect: Figure;
  postCorrect: Figure;
  /** Share of records in which the learning point was missed in play (0..1); n = records scoring it. */
  missedInPlay: Figure;
  metInPlay: Figure;
}

export interface ThemeMeasures {
  themeId: string;
  /** Mean scaled play score of the theme (0..1); n = records scoring the theme. */
  playScore: Figure;
  /** Mean self-rated confidence before play (1–5); n = records rating the theme. */
  confidenceBefore: Figure;
  confidenceAfter: Figure;
  /** Mean of after − before; n = records rating the theme both times. */
  confidenceChange: Figure;
}

export interface Measures {
  records: number;
  /** Distinct participant codes among the records (records without a code are not counted). */
  participantCodes: number;
  /** Earliest and latest day of play (YYYY-MM-DD), null when there are no records. */
  firstDay: string | null;
  lastDay: string | null;
  overall: GroupMeasures;
  byScenario: GroupMeasures[];
  byAgency: GroupMeasures[];
  byRole: GroupMeasures[];
  learningPoints: LearningPointMeasures[];
  themes: ThemeMeasures[];
  /** Learning points most often missed in play, highest share first (at most MOST_MISSED). */
  mostMissed: LearningPointMeasures[];
  /** Item analysis of each test form taken in the selection, by scenario id then pre, post, follow-up. */
  items: FormAnalysis[];
}

export const MOST_MISSED = 10;

const FRACTION_NONE = Number.NaN;

/** A test score as a fraction of its maximum; NaN when the test was not taken (or has no questions). */
const fractionOf = (q: MeasuredQuiz | null | undefined): number =>
  q && q.max > 0 ? Math.min(q.score / q.max, 1) : FRACTION_NONE;

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 in UTC, of an ISO date or date and time. */
const dayNumber = (iso: string): number => Math.floor(Date.parse(iso) / DAY_MS);
const dayText = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

const STATUS_CODE = { missed: 0, partly: 1, met: 2 } as const;
/** An answer's flags: bit 0 right, bits 1–2 the form (an index into TEST_FORMS), bits 3–4 the certainty (0 not given). */
const CORRECT = 1;
const FORM_SHIFT = 1;
const CERTAINTY_SHIFT = 3;
const formOf = (flags: number) => (flags >> FORM_SHIFT) & 3;
const certaintyOf = (flags: number) => (flags >> CERTAINTY_SHIFT) & 3;
/** A practice answer as a small integer: 0 when not given (or out of range). */
const level = (value: number | null | undefined, max: number) =>
  value && Number.isInteger(value) && value >= 1 && value <= max ? value : 0;

/**
 * Records held column by column, with their strings numbered: 100,000 records take a
 * few tens of megabytes and aggregate in one tight pass. Learning points, test answers,
 * theme scores and confidence ratings are flat lists with each record's end offset.
 */
export class MeasureTable {
  private readonly scenarios = new Dictionary();
  private readonly scenarioTitles: string[] = [''];
  private readonly agencies = new Dictionary();
  private readonly roles = new Dictionary();
  private readonly cohorts = new Dictionary();
  private readonly codes = new Dictionary();
  /** Learning points are numbered per scenario: `scenario index:learning point id`. */
  private readonly learningPointKeys = new Dictionary();
  private readonly learningPointOf: { scenario: number; id: string }[] = [{ scenario: 0, id: '' }];
  /** Questions are numbered per scenario and form: `scenario index:form index:question id`; 0 is none. */
  private readonly questionKeys = new Dictionary();
  private readonly questionOf: { scenario: number; form: number; id: string; learningPoint: string }[] = [
    { scenario: 0, form: 0, id: '', learningPoint: '' },
  ];
  private readonly themeIds = new Dictionary();

  private readonly scenario = new Column(Int32Array);
  private readonly agency = new Column(Int32Array);
  private readonly role = new Column(Int32Array);
  private readonly cohort = new Column(Int32Array);
  private readonly code = new Column(Int32Array);
  private readonly day = new Column(Int32Array);
  private readonly completed = new Column(Uint8Array);
  private readonly pre = new Column(Float64Array);
  private readonly post = new Column(Float64Array);
  private readonly followUp = new Column(Float64Array);
  /** The manager's answers; 0 when not given. */
  private readonly applied = new Column(Uint8Array);
  private readonly changed = new Column(Uint8Array);
  private readonly supervision = new Column(Uint8Array);

  private readonly lpEnd = new Column(Int32Array);
  private readonly lpId = new Column(Int32Array);
  private readonly lpStatus = new Column(Uint8Array);
  private readonly answerEnd = new Column(Int32Array);
  private readonly answerLp = new Column(Int32Array);
  private readonly answerQuestion = new Column(Int32Array);
  private readonly answerFlags = new Column(Uint8Array);
  private readonly themeEnd = new Column(Int32Array);
  private readonly themeId = new Column(Int32Array);
  private readonly themeScaled = new Column(Float64Array);
  /** One entry per theme rated before or after play; 0 when not rated that time. */
  private readonly confidenceEnd = new Column(Int32Array);
  private readonly confidenceTheme = new Column(Int32Array);
  private readonly confidenceBefore = new Column(Uint8Array);
  private readonly confidenceAfter = new Column(Uint8Array);

  static from(records: Iterable<MeasuredRecord>): MeasureTable {
    const table = new MeasureTable();
    for (const r of records) table.add(r);
    return table;
  }

  get count(): number {
    return this.scenario.length;
  }

  add(r: MeasuredRecord): void {
    const scenario = this.scenarios.id(r.scenario.id);
    if (scenario === this.scenarioTitles.length) this.scenarioTitles.push(r.scenario.title);
    this.scenario.push(scenario);
    this.agency.push(this.agencies.id(r.participant.agency));
    this.role.push(this.roles.id(r.participant.role));
    this.cohort.push(this.cohorts.id(r.participant.cohort));
    this.code.push(this.codes.id(r.participant.code));
    this.day.push(dayNumber(r.startedAt));
    this.completed.push(r.completed ? 1 : 0);
    this.pre.push(fractionOf(r.preTest));
    this.post.push(fractionOf(r.postTest));
    this.followUp.push(fractionOf(r.followUpTest));
    this.applied.push(level(r.practice?.applied, 4));
    this.changed.push(level(r.practice?.changed, 4));
    this.supervision.push(level(r.practice?.supervision, 3));

    const lp = (id: string): number => {
      const key = this.learningPointKeys.id(`${scenario}:${id}`);
      if (key === this.learningPointOf.length) this.learningPointOf.push({ scenario, id });
      return key;
    };
    for (const point of r.learningPoints) {
      this.lpId.push(lp(point.id));
      this.lpStatus.push(STATUS_CODE[point.status]);
    }
    this.lpEnd.push(this.lpId.length);
    for (const [form, test] of [r.preTest, r.postTest, r.followUpTest].entries()) {
      if (!test || test.max <= 0) continue;
      for (const a of test.answers) {
        let question = 0;
        if (a.questionId) {
          question = this.questionKeys.id(`${scenario}:${form}:${a.questionId}`);
          if (question === this.questionOf.length)
            this.questionOf.push({ scenario, form, id: a.questionId, learningPoint: a.learningPoint });
        }
        this.answerLp.push(lp(a.learningPoint));
        this.answerQuestion.push(question);
        const certainty = a.certainty === 1 || a.certainty === 2 || a.certainty === 3 ? a.certainty : 0;
        this.answerFlags.push((a.correct ? CORRECT : 0) | (form << FORM_SHIFT) | (certainty << CERTAINTY_SHIFT));
      }
    }
    this.answerEnd.push(this.answerLp.length);
    for (const t of r.themes) {
      this.themeId.push(this.themeIds.id(t.id));
      this.themeScaled.push(t.scaled);
    }
    this.themeEnd.push(this.themeId.length);
    const { before, after } = r.confidence;
    for (const id in before ?? {}) {
      this.confidenceTheme.push(this.themeIds.id(id));
      this.confidenceBefore.push(before![id]!);
      this.confidenceAfter.push(after?.[id] ?? 0);
    }
    for (const id in after ?? {}) {
      if (before && id in before) continue;
      this.confidenceTheme.push(this.themeIds.id(id));
      this.confidenceBefore.push(0);
      this.confidenceAfter.push(after![id]!);
    }
    this.confidenceEnd.push(this.confidenceTheme.length);
  }

  /** Forgets the records from `count` on (an import that failed half way). */
  truncate(count: number): void {
    if (count >= this.count) return;
    const cut = (c: { length: number }, to: number) => (c.length = to);
    const lpTo = count ? this.lpEnd.data[count - 1]! : 0;
    const answerTo = count ? this.answerEnd.data[count - 1]! : 0;
    const themeTo = count ? this.themeEnd.data[count - 1]! : 0;
    const confidenceTo = count ? this.confidenceEnd.data[count - 1]! : 0;
    for (const c of [this.scenario, this.agency, this.role, this.cohort, this.code, this.day, this.completed])
      cut(c, count);
    for (const c of [this.pre, this.post, this.followUp, this.applied, this.changed, this.supervision]) cut(c, count);
    for (const c of [this.lpEnd, this.answerEnd, this.themeEnd, this.confidenceEnd]) cut(c, count);
    for (const c of [this.lpId, this.lpStatus]) cut(c, lpTo);
    for (const c of [this.answerLp, this.answerQuestion, this.answerFlags]) cut(c, answerTo);
    for (const c of [this.themeId, this.themeScaled]) cut(c, themeTo);
    for (const c of [this.confidenceTheme, this.confidenceBefore, this.confidenceAfter]) cut(c, confidenceTo);
  }

  /** Computes every measure over the records that match the filters, in one pass. */
  aggregate(filters: Filters = {}): Measures {
    const want = (dict: Dictionary, value: string | null | undefined) => (value === undefined ? -2 : dict.find(value));
    const wantScenario = want(this.scenarios, filters.scenario);
    const wantAgency = want(this.agencies, filters.agency);
    const wantRole = want(this.roles, filters.role);
    const wantCohort = want(this.cohorts, filters.cohort);
    const from = filters.from ? dayNumber(filters.from) : -Infinity;
    const to = filters.to ? dayNumber(filters.to) : Infinity;

    const overall = new GroupSums();
    const byScenario: GroupSums[] = [];
    const byAgency: GroupSums[] = [];
    const byRole: GroupSums[] = [];
    const lps: LearningPointSums[] = [];
    const themes: ThemeSums[] = [];
    const questions: ItemSums[] = [];
    /** Per scenario and form, at scenario index × 3 + form index. */
    const forms: FormSums[] = [];
    const codeSeen = new Uint8Array(this.codes.size);
    let participantCodes = 0;
    let firstDay = Infinity;
    let lastDay = -Infinity;
    const figures = new RecordFigures();
    /** This record's number right, and answers with a question id, on each form. */
    const totals = [0, 0, 0];
    const asked = [0, 0, 0];

    const scenario = this.scenario.data;
    const agency = this.agency.data;
    const role = this.role.data;
    const cohort = this.cohort.data;
    const code = this.code.data;
    const days = this.day.data;
    const completed = this.completed.data;
    const preAll = this.pre.data;
    const postAll = this.post.data;
    const followUpAll = this.followUp.data;
    const appliedAll = this.applied.data;
    const changedAll = this.changed.data;
    const supervisionAll = this.supervision.data;
    const lpEnd = this.lpEnd.data;
    const lpId = this.lpId.data;
    const lpStatus = this.lpStatus.data;
    const answerEnd = this.answerEnd.data;
    const answerLp = this.answerLp.data;
    const answerQuestion = this.answerQuestion.data;
    const answerFlags = this.answerFlags.data;
    const themeEnd = this.themeEnd.data;
    const themeId = this.themeId.data;
    const themeScaled = this.themeScaled.data;
    const confidenceEnd = this.confidenceEnd.data;
    const confidenceTheme = this.confidenceTheme.data;
    const confidenceBefore = this.confidenceBefore.data;
    const confidenceAfter = this.confidenceAfter.data;

    for (let i = 0; i < this.count; i++) {
      if (wantScenario !== -2 && scenario[i] !== wantScenario) continue;
      if (wantAgency !== -2 && agency[i] !== wantAgency) continue;
      if (wantRole !== -2 && role[i] !== wantRole) continue;
      if (wantCohort !== -2 && cohort[i] !== wantCohort) continue;
      const day = days[i]!;
      if (day < from || day > to) continue;

      const c = code[i]!;
      if (c !== 0 && codeSeen[c] === 0) {
        codeSeen[c] = 1;
        participantCodes++;
      }
      if (day < firstDay) firstDay = day;
      if (day > lastDay) lastDay = day;

      for (let k = i ? lpEnd[i - 1]! : 0; k < lpEnd[i]!; k++) {
        const sums = (lps[lpId[k]!] ??= new LearningPointSums());
        sums.playN++;
        if (lpStatus[k] === STATUS_CODE.missed) sums.missed++;
        else if (lpStatus[k] === STATUS_CODE.met) sums.met++;
      }

      figures.calibration.clear();
      totals[PRE] = totals[POST] = totals[FOLLOW_UP] = 0;
      asked[PRE] = asked[POST] = asked[FOLLOW_UP] = 0;
      const answersFrom = i ? answerEnd[i - 1]! : 0;
      const answersTo = answerEnd[i]!;
      for (let k = answersFrom; k < answersTo; k++) {
        const flags = answerFlags[k]!;
        const correct = flags & CORRECT;
        const form = formOf(flags);
        const certainty = certaintyOf(flags);
        if (certainty) figures.calibration.answer(form, correct as 0 | 1, certainty as Certainty);
        if (answerQuestion[k]) {
          totals[form]! += correct;
          asked[form]!++;
        }
        if (form === FOLLOW_UP) continue;
        const sums = (lps[answerLp[k]!] ??= new LearningPointSums());
        if (form === POST) {
          sums.postAnswers++;
          sums.postCorrect += correct;
          if (sums.lastPost !== i) {
            sums.lastPost = i;
            sums.postN++;
          }
        } else {
          sums.preAnswers++;
          sums.preCorrect += correct;
          if (sums.lastPre !== i) {
            sums.lastPre = i;
            sums.preN++;
          }
        }
      }
      if (asked[PRE] || asked[POST] || asked[FOLLOW_UP]) {
        for (let k = answersFrom; k < answersTo; k++) {
          const question = answerQuestion[k]!;
          if (!question) continue;
          const flags = answerFlags[k]!;
          (questions[question] ??= new ItemSums()).add((flags & CORRECT) as 0 | 1, totals[formOf(flags)]!);
        }
        for (let form = 0; form < TEST_FORMS.length; form++) {
          if (asked[form]) (forms[scenario[i]! * TEST_FORMS.length + form] ??= new FormSums()).add(totals[form]!);
        }
      }

      figures.completed = completed[i] === 1;
      figures.pre = preAll[i]!;
      figures.post = postAll[i]!;
      figures.followUp = followUpAll[i]!;
      figures.applied = appliedAll[i]!;
      figures.changed = changedAll[i]!;
      figures.supervision = supervisionAll[i]!;
      overall.add(figures);
      (byScenario[scenario[i]!] ??= new GroupSums()).add(figures);
      (byAgency[agency[i]!] ??= new GroupSums()).add(figures);
      (byRole[role[i]!] ??= new GroupSums()).add(figures);

      for (let k = i ? themeEnd[i - 1]! : 0; k < themeEnd[i]!; k++) {
        const sums = (themes[themeId[k]!] ??= new ThemeSums());
        sums.playN++;
        sums.playSum += themeScaled[k]!;
      }
      for (let k = i ? confidenceEnd[i - 1]! : 0; k < confidenceEnd[i]!; k++) {
        const sums = (themes[confidenceTheme[k]!] ??= new ThemeSums());
        const before = confidenceBefore[k]!;
        const after = confidenceAfter[k]!;
        if (before) {
          sums.beforeN++;
          sums.beforeSum += before;
        }
        if (after) {
          sums.afterN++;
          sums.afterSum += after;
        }
        if (before && after) {
          sums.pairedN++;
          sums.changeSum += after - before;
        }
      }
    }

    const learningPoints: LearningPointMeasures[] = [];
    lps.forEach((sums, key) => {
      const { scenario: s, id } = this.learningPointOf[key]!;
      learningPoints.push(sums.result(this.scenarios.values[s]!, id));
    });
    const mostMissed = learningPoints
      .filter((lp) => lp.missedInPlay.n > 0)
      .sort(
        (a, b) =>
          b.missedInPlay.value! - a.missedInPlay.value! ||
          b.missedInPlay.n - a.missedInPlay.n ||
          a.learningPointId.localeCompare(b.learningPointId),
      )
      .slice(0, MOST_MISSED);

    return {
      records: overall.records,
      participantCodes,
      firstDay: overall.records ? dayText(firstDay) : null,
      lastDay: overall.records ? dayText(lastDay) : null,
      overall: overall.result(null),
      byScenario: groups(byScenario, this.scenarios),
      byAgency: groups(byAgency, this.agencies),
      byRole: groups(byRole, this.roles),
      learningPoints,
      themes: themes.flatMap((sums, id) => (sums ? [sums.result(this.themeIds.values[id]!)] : [])),
      mostMissed,
      items: this.itemAnalysis(forms, questions),
    };
  }

  private itemAnalysis(forms: FormSums[], questions: ItemSums[]): FormAnalysis[] {
    const items = new Map<number, { questionId: string; learningPointId: string; sums: ItemSums }[]>();
    questions.forEach((sums, key) => {
      const { scenario, form, id, learningPoint } = this.questionOf[key]!;
      const at = scenario * TEST_FORMS.length + form;
      if (!items.has(at)) items.set(at, []);
      items.get(at)!.push({ questionId: id, learningPointId: learningPoint, sums });
    });
    const analyses: FormAnalysis[] = [];
    forms.forEach((sums, at) => {
      const scenarioId = this.scenarios.values[Math.floor(at / TEST_FORMS.length)]!;
      analyses.push(analyseForm(scenarioId, TEST_FORMS[at % TEST_FORMS.length]!, sums, items.get(at) ?? []));
    });
    return analyses.sort(
      (a, b) => a.scenarioId.localeCompare(b.scenarioId) || TEST_FORMS.indexOf(a.form) - TEST_FORMS.indexOf(b.form),
    );
  }

  /** What the filters can select, with how many records each choice holds. */
  choices(): FilterChoices {
    const tally = (column: Column<Int32Array>, dict: Dictionary) => {
      const counts = new Array<number>(dict.size).fill(0);
      for (let i = 0; i < column.length; i++) counts[column.data[i]!]!++;
      return counts;
    };
    const list = (
      column: Column<Int32Array>,
      dict: Dictionary,
      label = (id: number) => dict.values[id] ?? 'Not given',
    ) =>
      tally(column, dict)
        .map((count, id) => ({ value: dict.values[id]!, label: label(id), count }))
        .filter((c) => c.count > 0)
        .sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : a.label.localeCompare(b.label)));
    let first = Infinity;
    let last = -Infinity;
    for (let i = 0; i < this.count; i++) {
      const day = this.day.data[i]!;
      if (day < first) first = day;
      if (day > last) last = day;
    }
    return {
      scenarios: list(this.scenario, this.scenarios, (id) => this.scenarioTitles[id] || this.scenarios.values[id]!),
      agencies: list(this.agency, this.agencies),
      roles: list(this.role, this.roles),
      cohorts: list(this.cohort, this.cohorts),
      firstDay: this.count ? dayText(first) : null,
      lastDay: this.count ? dayText(last) : null,
    };
  }
}

/** Every measure over plain records (builds a table first). */
export function aggregate(records: readonly MeasuredRecord[], filters: Filters = {}): Measures {
  return MeasureTable.from(records).aggregate(filters);
}

class LearningPointSums {
  preN = 0;
  preAnswers = 0;
  preCorrect = 0;
  postN = 0;
  postAnswers = 0;
  postCorrect = 0;
  playN = 0;
  missed = 0;
  met = 0;
  /** The record that last counted towards preN/postN: a learner counts once however many questions. */
  lastPre = -1;
  lastPost = -1;

  result(scenarioId: string, learningPointId: string): LearningPointMeasures {
    return {
      scenarioId,
      learningPointId,
      preCorrect: { value: this.preAnswers ? this.preCorrect / this.preAnswers : null, n: this.preN },
      postCorrect: { value: this.postAnswers ? this.postCorrect / this.postAnswers : null, n: this.postN },
      missedInPlay: ratio(this.missed, this.playN),
      metInPlay: ratio(this.met, this.playN),
    };
  }
}

class ThemeSums {
  playN = 0;
  playSum = 0;
  beforeN = 0;
  beforeSum = 0;
  afterN = 0;
  afterSum = 0;
  pairedN = 0;
  changeSum = 0;

  result(themeId: string): ThemeMeasures {
    return {
      themeId,
      playScore: mean(this.playSum, this.playN),
      confidenceBefore: mean(this.beforeSum, this.beforeN),
      confidenceAfter: mean(this.afterSum, this.afterN),
      confidenceChange: mean(this.changeSum, this.pairedN),
    };
  }
}

/** Groups largest first, then by name; "not given" last. */
function groups(sums: GroupSums[], dict: Dictionary): GroupMeasures[] {
  const found: { key: string | null; sums: GroupSums }[] = [];
  sums.forEach((s, id) => found.push({ key: dict.values[id]!, sums: s }));
  return found
    .sort((a, b) =>
      a.key === null ? 1 : b.key === null ? -1 : b.sums.records - a.sums.records || a.key.localeCompare(b.key),
    )
    .map(({ key, sums: s }) => s.result(key));
}

export interface Choice {
  /** The value (null for "not given"). */
  value: string | null;
  /** A label to show (the scenario title for scenarios, else the value). */
  label: string;
  count: number;
}

/** What the filters can select, with how many records each choice holds. */
export interface FilterChoices {
  scenarios: Choice[];
  agencies: Choice[];
  roles: Choice[];
  cohorts: Choice[];
  firstDay: string | null;
  lastDay: string | null;
}
