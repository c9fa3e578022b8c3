/**
 * One pass over the selected records of the table: each record is added to the sums of
 * every group, learning point, theme and test item it belongs to, and the sums then
 * give the measures.
 */
import type { Dictionary } from './columns.ts';
import { FOLLOW_UP } from './figures.ts';
import { type GroupMeasures, GroupSums, RecordFigures } from './group-sums.ts';
import type { FormAnalysis } from './item-analysis.ts';
import { KnowledgeSums, type LearningPointMeasures } from './knowledge-sums.ts';
import type { Certainty } from './quiz.ts';
import { certaintyOf, CORRECT, dayText, formOf, type RecordColumns, startOf } from './record-columns.ts';
import { TestItemSums } from './test-item-sums.ts';
import { type ThemeMeasures, ThemeSums } from './theme-sums.ts';

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

/** The table's arrays, read once per pass: the table does not grow while it is being measured. */
function arraysOf(c: RecordColumns) {
  return {
    scenario: c.scenario.data,
    agency: c.agency.data,
    role: c.role.data,
    code: c.code.data,
    day: c.day.data,
    completed: c.completed.data,
    pre: c.pre.data,
    post: c.post.data,
    followUp: c.followUp.data,
    applied: c.applied.data,
    changed: c.changed.data,
    supervision: c.supervision.data,
    lpEnd: c.lpEnd.data,
    lpId: c.lpId.data,
    lpStatus: c.lpStatus.data,
    answerEnd: c.answerEnd.data,
    answerLp: c.answerLp.data,
    answerQuestion: c.answerQuestion.data,
    answerFlags: c.answerFlags.data,
    themeEnd: c.themeEnd.data,
    themeId: c.themeId.data,
    themeScaled: c.themeScaled.data,
    confidenceEnd: c.confidenceEnd.data,
    confidenceTheme: c.confidenceTheme.data,
    confidenceBefore: c.confidenceBefore.data,
    confidenceAfter: c.confidenceAfter.data,
  };
}
type TableArrays = ReturnType<typeof arraysOf>;

export class SelectionSums {
  private readonly overall = new GroupSums();
  private readonly byScenario: GroupSums[] = [];
  private readonly byAgency: GroupSums[] = [];
  private readonly byRole: GroupSums[] = [];
  private readonly knowledge = new KnowledgeSums();
  private readonly themes = new ThemeSums();
  private readonly items = new TestItemSums();
  /** The current record's figures, reused from record to record. */
  private readonly figures = new RecordFigures();
  private readonly codeSeen: Uint8Array;
  private participantCodes = 0;
  private firstDay = Infinity;
  private lastDay = -Infinity;
  private readonly arrays: TableArrays;

  constructor(private readonly columns: RecordColumns) {
    this.codeSeen = new Uint8Array(columns.codes.size);
    this.arrays = arraysOf(columns);
  }

  /** Adds record `i` of the columns; each record once. */
  add(i: number): void {
    this.addParticipant(i);
    this.addLearningPoints(i);
    this.addAnswers(i);
    this.addToGroups(i);
    this.addThemes(i);
  }

  private addParticipant(i: number): void {
    const code = this.arrays.code[i]!;
    if (code !== 0 && this.codeSeen[code] === 0) {
      this.codeSeen[code] = 1;
      this.participantCodes++;
    }
    const day = this.arrays.day[i]!;
    if (day < this.firstDay) this.firstDay = day;
    if (day > this.lastDay) this.lastDay = day;
  }

  private addLearningPoints(i: number): void {
    const { lpEnd, lpId, lpStatus } = this.arrays;
    for (let k = startOf(lpEnd, i); k < lpEnd[i]!; k++) this.knowledge.play(lpId[k]!, lpStatus[k]!);
  }

  /** Test answers count towards calibration, the item analysis and (pre and post) the learning points. */
  private addAnswers(i: number): void {
    const { answerEnd, answerLp, answerQuestion, answerFlags } = this.arrays;
    const calibration = this.figures.calibration;
    calibration.clear();
    this.items.startRecord();
    for (let k = startOf(answerEnd, i); k < answerEnd[i]!; k++) {
      const flags = answerFlags[k]!;
      const correct = flags & CORRECT;
      const form = formOf(flags);
      const certainty = certaintyOf(flags);
      if (certainty) calibration.answer(form, correct as 0 | 1, certainty as Certainty);
      if (answerQuestion[k]) this.items.answer(form, correct);
      if (form !== FOLLOW_UP) this.knowledge.answer(answerLp[k]!, form, correct, i);
    }
    this.items.endRecord(this.columns, i);
  }

  private addToGroups(i: number): void {
    const { arrays: a, figures } = this;
    figures.completed = a.completed[i] === 1;
    figures.pre = a.pre[i]!;
    figures.post = a.post[i]!;
    figures.followUp = a.followUp[i]!;
    figures.applied = a.applied[i]!;
    figures.changed = a.changed[i]!;
    figures.supervision = a.supervision[i]!;
    this.overall.add(figures);
    (this.byScenario[a.scenario[i]!] ??= new GroupSums()).add(figures);
    (this.byAgency[a.agency[i]!] ??= new GroupSums()).add(figures);
    (this.byRole[a.role[i]!] ??= new GroupSums()).add(figures);
  }

  private addThemes(i: number): void {
    const { themeEnd, themeId, themeScaled, confidenceEnd, confidenceTheme, confidenceBefore, confidenceAfter } =
      this.arrays;
    for (let k = startOf(themeEnd, i); k < themeEnd[i]!; k++) this.themes.play(themeId[k]!, themeScaled[k]!);
    for (let k = startOf(confidenceEnd, i); k < confidenceEnd[i]!; k++)
      this.themes.confidence(confidenceTheme[k]!, confidenceBefore[k]!, confidenceAfter[k]!);
  }

  result(): Measures {
    const c = this.columns;
    const records = this.overall.records;
    const { learningPoints, mostMissed } = this.knowledge.result(c);
    return {
      records,
      participantCodes: this.participantCodes,
      firstDay: records ? dayText(this.firstDay) : null,
      lastDay: records ? dayText(this.lastDay) : null,
      overall: this.overall.result(null),
      byScenario: groups(this.byScenario, c.scenarios),
      byAgency: groups(this.byAgency, c.agencies),
      byRole: groups(this.byRole, c.roles),
      learningPoints,
      themes: this.themes.result(c.themeIds),
      mostMissed,
      items: this.items.result(c),
    };
  }
}
