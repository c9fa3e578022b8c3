/**
 * Records held column by column, with their strings numbered: 100,000 records take a
 * few tens of megabytes and aggregate in one tight pass. Learning points, test answers,
 * theme scores and confidence ratings are flat lists with each record's end offset.
 */
import { Column, Dictionary } from './columns.ts';
import type { MeasuredQuiz, MeasuredRecord } from './measured-record.ts';

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 in UTC, of an ISO date or date and time. */
export const dayNumber = (iso: string): number => Math.floor(Date.parse(iso) / DAY_MS);
export const dayText = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const STATUS_CODE = { missed: 0, partly: 1, met: 2 } as const;
/** An answer's flags: bit 0 right, bits 1–2 the form (an index into TEST_FORMS), bits 3–4 the certainty (0 not given). */
export const CORRECT = 1;
const FORM_SHIFT = 1;
const CERTAINTY_SHIFT = 3;
export const formOf = (flags: number) => (flags >> FORM_SHIFT) & 3;
export const certaintyOf = (flags: number) => (flags >> CERTAINTY_SHIFT) & 3;

const FRACTION_NONE = Number.NaN;

/** A test score as a fraction of its maximum; NaN when the test was not taken (or has no questions). */
const fractionOf = (q: MeasuredQuiz | null | undefined): number =>
  q && q.max > 0 ? Math.min(q.score / q.max, 1) : FRACTION_NONE;

/** A practice answer as a small integer: 0 when not given (or out of range). */
const level = (value: number | null | undefined, max: number) =>
  value && Number.isInteger(value) && value >= 1 && value <= max ? value : 0;

/** Where record `i`'s entries start in a flat list with end offsets `end`. */
export const startOf = (end: Int32Array, i: number): number => (i ? end[i - 1]! : 0);

export class RecordColumns {
  readonly scenarios = new Dictionary();
  readonly scenarioTitles: string[] = [''];
  readonly agencies = new Dictionary();
  readonly roles = new Dictionary();
  readonly cohorts = new Dictionary();
  readonly codes = new Dictionary();
  /** Learning points are numbered per scenario: `scenario index:learning point id`. */
  readonly learningPointKeys = new Dictionary();
  readonly learningPointOf: { scenario: number; id: string }[] = [{ scenario: 0, id: '' }];
  /** Questions are numbered per scenario and form: `scenario index:form index:question id`; 0 is none. */
  readonly questionKeys = new Dictionary();
  readonly questionOf: { scenario: number; form: number; id: string; learningPoint: string }[] = [
    { scenario: 0, form: 0, id: '', learningPoint: '' },
  ];
  readonly themeIds = new Dictionary();

  readonly scenario = new Column(Int32Array);
  readonly agency = new Column(Int32Array);
  readonly role = new Column(Int32Array);
  readonly cohort = new Column(Int32Array);
  readonly code = new Column(Int32Array);
  readonly day = new Column(Int32Array);
  readonly completed = new Column(Uint8Array);
  readonly pre = new Column(Float64Array);
  readonly post = new Column(Float64Array);
  readonly followUp = new Column(Float64Array);
  /** The manager's answers; 0 when not given. */
  readonly applied = new Column(Uint8Array);
  readonly changed = new Column(Uint8Array);
  readonly supervision = new Column(Uint8Array);

  readonly lpEnd = new Column(Int32Array);
  readonly lpId = new Column(Int32Array);
  readonly lpStatus = new Column(Uint8Array);
  readonly answerEnd = new Column(Int32Array);
  readonly answerLp = new Column(Int32Array);
  readonly answerQuestion = new Column(Int32Array);
  readonly answerFlags = new Column(Uint8Array);
  readonly themeEnd = new Column(Int32Array);
  readonly themeId = new Column(Int32Array);
  readonly themeScaled = new Column(Float64Array);
  /** One entry per theme rated before or after play; 0 when not rated that time. */
  readonly confidenceEnd = new Column(Int32Array);
  readonly confidenceTheme = new Column(Int32Array);
  readonly confidenceBefore = new Column(Uint8Array);
  readonly confidenceAfter = new Column(Uint8Array);

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
    this.addLearningPoints(r, scenario);
    this.addAnswers(r, scenario);
    this.addThemes(r);
    this.addConfidence(r);
  }

  private learningPoint(scenario: number, id: string): number {
    const key = this.learningPointKeys.id(`${scenario}:${id}`);
    if (key === this.learningPointOf.length) this.learningPointOf.push({ scenario, id });
    return key;
  }

  private addLearningPoints(r: MeasuredRecord, scenario: number): void {
    for (const point of r.learningPoints) {
      this.lpId.push(this.learningPoint(scenario, point.id));
      this.lpStatus.push(STATUS_CODE[point.status]);
    }
    this.lpEnd.push(this.lpId.length);
  }

  private addAnswers(r: MeasuredRecord, scenario: number): void {
    for (const [form, test] of [r.preTest, r.postTest, r.followUpTest].entries()) {
      if (!test || test.max <= 0) continue;
      for (const a of test.answers) {
        let question = 0;
        if (a.questionId) {
          question = this.questionKeys.id(`${scenario}:${form}:${a.questionId}`);
          if (question === this.questionOf.length)
            this.questionOf.push({ scenario, form, id: a.questionId, learningPoint: a.learningPoint });
        }
        this.answerLp.push(this.learningPoint(scenario, a.learningPoint));
        this.answerQuestion.push(question);
        const certainty = a.certainty === 1 || a.certainty === 2 || a.certainty === 3 ? a.certainty : 0;
        this.answerFlags.push((a.correct ? CORRECT : 0) | (form << FORM_SHIFT) | (certainty << CERTAINTY_SHIFT));
      }
    }
    this.answerEnd.push(this.answerLp.length);
  }

  private addThemes(r: MeasuredRecord): void {
    for (const t of r.themes) {
      this.themeId.push(this.themeIds.id(t.id));
      this.themeScaled.push(t.scaled);
    }
    this.themeEnd.push(this.themeId.length);
  }

  private addConfidence(r: MeasuredRecord): void {
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
    const lpTo = startOf(this.lpEnd.data, count);
    const answerTo = startOf(this.answerEnd.data, count);
    const themeTo = startOf(this.themeEnd.data, count);
    const confidenceTo = startOf(this.confidenceEnd.data, count);
    for (const c of [this.scenario, this.agency, this.role, this.cohort, this.code, this.day, this.completed])
      cut(c, count);
    for (const c of [this.pre, this.post, this.followUp, this.applied, this.changed, this.supervision]) cut(c, count);
    for (const c of [this.lpEnd, this.answerEnd, this.themeEnd, this.confidenceEnd]) cut(c, count);
    for (const c of [this.lpId, this.lpStatus]) cut(c, lpTo);
    for (const c of [this.answerLp, this.answerQuestion, this.answerFlags]) cut(c, answerTo);
    for (const c of [this.themeId, this.themeScaled]) cut(c, themeTo);
    for (const c of [this.confidenceTheme, this.confidenceBefore, this.confidenceAfter]) cut(c, confidenceTo);
  }
}
