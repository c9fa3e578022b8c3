/**
 * The sums behind the item analysis: each question's right answers against the learner's
 * total on its form, and each form's totals, per scenario.
 */
import { FOLLOW_UP, POST, PRE, TEST_FORMS } from './figures.ts';
import { analyseForm, type FormAnalysis, FormSums, ItemSums } from './item-analysis.ts';
import { CORRECT, formOf, type RecordColumns, startOf } from './record-columns.ts';

export class TestItemSums {
  /** At the question's key in the record columns. */
  private readonly questions: ItemSums[] = [];
  /** Per scenario and form, at scenario index × 3 + form index. */
  private readonly forms: FormSums[] = [];
  /** The current record's number right, and answers with a question id, on each form. */
  private readonly totals = [0, 0, 0];
  private readonly asked = [0, 0, 0];

  startRecord(): void {
    const { totals, asked } = this;
    totals[PRE] = totals[POST] = totals[FOLLOW_UP] = 0;
    asked[PRE] = asked[POST] = asked[FOLLOW_UP] = 0;
  }

  /** The current record answered a question (one with an id) on `form`. */
  answer(form: number, correct: number): void {
    this.totals[form]! += correct;
    this.asked[form]!++;
  }

  /** Adds record `i`, whose answers have all been given to `answer`. */
  endRecord(columns: RecordColumns, i: number): void {
    const { asked, totals } = this;
    if (!asked[PRE] && !asked[POST] && !asked[FOLLOW_UP]) return;
    const end = columns.answerEnd.data;
    const answerQuestion = columns.answerQuestion.data;
    const answerFlags = columns.answerFlags.data;
    for (let k = startOf(end, i); k < end[i]!; k++) {
      const question = answerQuestion[k]!;
      if (!question) continue;
      const flags = answerFlags[k]!;
      (this.questions[question] ??= new ItemSums()).add((flags & CORRECT) as 0 | 1, totals[formOf(flags)]!);
    }
    const scenario = columns.scenario.data[i]!;
    for (let form = 0; form < TEST_FORMS.length; form++) {
      if (asked[form]) (this.forms[scenario * TEST_FORMS.length + form] ??= new FormSums()).add(totals[form]!);
    }
  }

  /** The analysis of each form taken, by scenario id then pre, post, follow-up. */
  result(columns: RecordColumns): FormAnalysis[] {
    const items = new Map<number, { questionId: string; learningPointId: string; sums: ItemSums }[]>();
    this.questions.forEach((sums, key) => {
      const { scenario, form, id, learningPoint } = columns.questionOf[key]!;
      const at = scenario * TEST_FORMS.length + form;
      if (!items.has(at)) items.set(at, []);
      items.get(at)!.push({ questionId: id, learningPointId: learningPoint, sums });
    });
    const analyses: FormAnalysis[] = [];
    this.forms.forEach((sums, at) => {
      const scenarioId = columns.scenarios.values[Math.floor(at / TEST_FORMS.length)]!;
      analyses.push(analyseForm(scenarioId, TEST_FORMS[at % TEST_FORMS.length]!, sums, items.get(at) ?? []));
    });
    return analyses.sort(
      (a, b) => a.scenarioId.localeCompare(b.scenarioId) || TEST_FORMS.indexOf(a.form) - TEST_FORMS.indexOf(b.form),
    );
  }
}
