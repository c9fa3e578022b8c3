/**
 * The dashboard's evaluation sections: learning gain (effect sizes, normalised gain,
 * follow-up and retention), calibration (confidence against knowledge), test items for
 * their authors, and use in practice. Each figure carries its n and how it is computed.
 */
import type { GroupMeasures, Measures, ThemeMeasures } from '../engine/measures.ts';
import { h } from '../ui/dom.ts';
import { PRACTICE_QUESTIONS } from '../ui/follow-up.ts';
import {
  calibrationTable,
  count,
  effectText,
  figureText,
  gainTable,
  itemTable,
  practiceTable,
  retentionText,
} from './evaluation-tables.ts';
import type { Labels } from './labels.ts';
import { calibrationSummary, gainSummary, itemsSummary, practiceSummary } from './summaries.ts';
import { renderTable } from './table-view.ts';
import type { TableModel } from './tables.ts';

function section(id: string, title: string, ...content: (HTMLElement | null)[]): HTMLElement {
  return h('section', { className: 'measure-section', 'aria-labelledby': id }, h('h3', { id }, title), ...content);
}

/** A table, or nothing when it would be empty (the summary above says why). */
const tableIfAny = (table: TableModel) => (table.rows.length ? renderTable(table) : null);

const summary = (text: string) => h('p', { className: 'chart-summary' }, text);

/** A key figure in words, with a line on what n counts and how it is computed. */
function figure(term: string, value: string, method: string): HTMLElement {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value, h('span', { className: 'n' }, method)));
}

function gainFigures(o: GroupMeasures): HTMLElement {
  const three = o.allThree;
  return h(
    'dl',
    { className: 'key-figures gain-figures' },
    figure(
      'Effect size, pre-test to post-test',
      effectText(o.effectSize),
      'n: records with both tests. Mean of each learner’s change (post − pre, as a fraction of the maximum) ÷ the standard deviation of the changes (n − 1); 95% CI d_z ± t(n − 1) × √(1/n + d_z²/2n).',
    ),
    figure(
      'Normalised gain (Hake g)',
      figureText(o.normalisedGain, 2, 1, '', 'g '),
      `Mean of each learner’s (post − pre) ÷ (maximum − pre): the share of the possible gain achieved. ${count(o.normalisedGainExcluded)} with full marks before left out.`,
    ),
    figure(
      'Follow-up test mean',
      figureText(o.followUpTest, 1, 1, '%'),
      'n: records with the follow-up test, taken weeks after play. Mean score as a percentage of the maximum.',
    ),
    figure(
      'Retention at follow-up',
      retentionText(o),
      three
        ? `(follow-up − pre) ÷ (post − pre), on the means of the ${count(o.retention.n)} records with all three tests: pre ${three.pre.toFixed(1)}%, post ${three.post.toFixed(1)}%, follow-up ${three.followUp.toFixed(1)}%.`
        : '(follow-up − pre) ÷ (post − pre), on the means of the records with all three tests.',
    ),
    figure(
      'Effect size, pre-test to follow-up',
      effectText(o.followUpEffectSize),
      'n: records with the pre-test and the follow-up test. d_z as above, on follow-up − pre.',
    ),
  );
}

export function gainSection(m: Measures, labels: Labels): HTMLElement {
  return section(
    'learning-gain-title',
    'Learning gain',
    summary(gainSummary(m.overall)),
    gainFigures(m.overall),
    renderTable(gainTable(m, labels)),
  );
}

export function calibrationSection(m: Measures, themes: readonly ThemeMeasures[], labels: Labels): HTMLElement {
  const table = calibrationTable(m, labels);
  return section(
    'calibration-title',
    'Calibration: confidence against knowledge',
    summary(calibrationSummary(m.overall, themes)),
    table.rows.length
      ? h(
          'p',
          {},
          'Each answer given with a certainty is marked as in certainty-based marking: 1 or 0 when “not sure”, 2 or −2 when “fairly sure”, 3 or −6 when “sure” (right or wrong). A mean mark near 3 means sure and right; a low or negative one, confident mistakes. Skipped answers and answers without a certainty are not counted.',
        )
      : null,
    tableIfAny(table),
  );
}

export function itemsSection(m: Measures, labels: Labels): HTMLElement {
  const scenarios = [...new Set(m.items.map((f) => f.scenarioId))].sort((a, b) =>
    labels.scenario(a).localeCompare(labels.scenario(b)),
  );
  return section(
    'test-items-title',
    'Test items',
    summary(itemsSummary(m.items)),
    h(
      'p',
      {},
      'For the authors of the test questions, per scenario and form. Difficulty p is the share who got the question right (skipped counts as wrong). Discrimination is the correlation between getting it right and the score on the rest of the form: below 0.2 the question hardly separates learners who know more from those who know less; below 0 it works against the test. KR-20 (in each caption) is how consistently the form measures as a whole.',
    ),
    ...scenarios.map((id, i) => {
      const headingId = `test-items-${i}-title`;
      return h(
        'section',
        { 'aria-labelledby': headingId },
        h('h4', { id: headingId }, labels.scenario(id)),
        ...m.items.filter((f) => f.scenarioId === id).map((f) => renderTable(itemTable(f, labels))),
      );
    }),
  );
}

export function practiceSection(m: Measures): HTMLElement {
  return section(
    'use-in-practice-title',
    'Use in practice',
    summary(practiceSummary(m.overall.practice, PRACTICE_QUESTIONS)),
    tableIfAny(practiceTable(m, PRACTICE_QUESTIONS)),
  );
}
