/** One result: scores, pre- and post-test with explanations, confidence, certificate and export. */
import { calibrationOf, describeCalibration } from '../engine/calibration.ts';
import type { ResultRecord } from '../engine/result.ts';
import { resultsToCsv } from '../engine/result-csv.ts';
import { resultsToJson } from '../engine/result-json.ts';
import type { CompiledScenario } from '../engine/scenario.ts';
import { STATUS_TEXT } from './debrief.ts';
import { h } from './dom.ts';
import { download, exportFileName } from './download.ts';
import { renderMarked } from './quiz-form.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** How well the learner's certainty matched their answers, test by test, in plain words. */
function renderCalibration(result: ResultRecord): HTMLElement | null {
  const tests = [
    ['Before play', result.preTest],
    ['After play', result.postTest],
    ['At follow-up', result.followUpTest],
  ] as const;
  const parts = tests.flatMap(([label, test]) => {
    const lines = test ? describeCalibration(calibrationOf(test.answers)) : [];
    return lines.length
      ? [
          h('h3', {}, label),
          h(
            'ul',
            {},
            lines.map((line) => h('li', {}, line)),
          ),
        ]
      : [];
  });
  if (!parts.length) return null;
  return h(
    'section',
    { className: 'calibration', 'aria-labelledby': 'calibration-title' },
    h('h2', { id: 'calibration-title' }, 'How sure you were, and how often you were right'),
    h(
      'p',
      {},
      'Knowing when you know matters at work: a practitioner who is sure and wrong acts on it. ' +
        'Someone well calibrated is right nearly every time they are sure, and less often when they are not.',
    ),
    parts,
  );
}

export function exportResults(records: readonly ResultRecord[], stem: string, format: 'json' | 'csv'): void {
  if (format === 'json') download(exportFileName(stem, 'json'), resultsToJson(records), 'application/json');
  else download(exportFileName(stem, 'csv'), resultsToCsv(records), 'text/csv');
}

interface ResultNav {
  onCertificate: () => void;
  onMenu: () => void;
}

function testsTable(result: ResultRecord): HTMLElement {
  const testLine = (label: string, t: ResultRecord['preTest']) =>
    h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, t ? `${t.score} of ${t.max}` : 'Not taken'));
  return h(
    'table',
    { className: 'theme-table' },
    h('caption', {}, 'Tests'),
    h(
      'tbody',
      {},
      testLine('Pre-test', result.preTest),
      testLine('Post-test', result.postTest),
      result.followUpTest ? testLine('Follow-up test', result.followUpTest) : null,
    ),
  );
}

function confidenceTable(result: ResultRecord, themes: readonly { id: string; title: string }[]): HTMLElement {
  return h(
    'table',
    { className: 'theme-table' },
    h('caption', {}, 'Confidence (1 to 5)'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Theme'),
        h('th', { scope: 'col' }, 'Before'),
        h('th', { scope: 'col' }, 'After'),
      ),
    ),
    h(
      'tbody',
      {},
      themes.map((t) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, t.title),
          h('td', {}, String(result.confidence.before?.[t.id] ?? '–')),
          h('td', {}, String(result.confidence.after?.[t.id] ?? '–')),
        ),
      ),
    ),
  );
}

function learningPointsTable(result: ResultRecord, scenario: CompiledScenario | null): HTMLElement {
  const lpTitle = (id: string) => scenario?.meta.learningPoints.find((l) => l.id === id)?.title ?? id;
  return h(
    'table',
    { className: 'lp-table' },
    h('caption', {}, 'Learning points in play'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Learning point'), h('th', { scope: 'col' }, 'Result'))),
    h(
      'tbody',
      {},
      result.learningPoints.map((lp) =>
        h(
          'tr',
          { className: `lp-${lp.status}` },
          h('th', { scope: 'row' }, lpTitle(lp.id)),
          h('td', {}, STATUS_TEXT[lp.status]),
        ),
      ),
    ),
  );
}

/** The follow-up, post- and pre-test answers with their explanations, for the tests taken. */
function answersExplained(result: ResultRecord, scenario: CompiledScenario | null): (HTMLElement | null)[] {
  return [
    result.followUpTest && scenario?.quiz
      ? h(
          'section',
          { 'aria-labelledby': 'followup-answers-title' },
          h('h2', { id: 'followup-answers-title' }, 'Follow-up answers explained'),
          renderMarked(scenario.quiz.followup, result.followUpTest),
        )
      : null,
    result.postTest && scenario?.quiz
      ? h(
          'section',
          { 'aria-labelledby': 'answers-title' },
          h('h2', { id: 'answers-title' }, 'Post-test answers explained'),
          renderMarked(scenario.quiz.post, result.postTest),
        )
      : null,
    result.preTest && scenario?.quiz
      ? h(
          'details',
          {},
          h('summary', {}, 'Pre-test answers explained'),
          renderMarked(scenario.quiz.pre, result.preTest),
        )
      : null,
  ];
}

function resultActions(result: ResultRecord, nav: ResultNav): HTMLElement {
  return h(
    'div',
    { className: 'actions' },
    h('button', { type: 'button', className: 'primary', onclick: nav.onCertificate }, 'Certificate of completion'),
    h(
      'button',
      {
        type: 'button',
        className: 'secondary',
        onclick: () => exportResults([result], `result-${result.scenario.id}`, 'json'),
      },
      'Export as JSON',
    ),
    h(
      'button',
      {
        type: 'button',
        className: 'secondary',
        onclick: () => exportResults([result], `result-${result.scenario.id}`, 'csv'),
      },
      'Export as CSV',
    ),
    h('button', { type: 'button', className: 'link', onclick: nav.onMenu }, 'Back to all scenarios'),
  );
}

export function renderResultView(
  result: ResultRecord,
  scenario: CompiledScenario | null,
  nav: ResultNav,
  followUp: HTMLElement | null = null,
): HTMLElement {
  const themes = scenario?.meta.themes ?? result.themes.map((t) => ({ id: t.id, title: t.id }));
  return h(
    'section',
    { className: 'result-view', 'aria-labelledby': 'result-title' },
    h('h1', { id: 'result-title' }, `Your results: ${result.scenario.title}`),
    h(
      'p',
      { className: 'lede' },
      result.ending ? `Ending: ${result.ending.title}. ` : '',
      `Overall score in play: ${pct(result.overall)}.`,
    ),
    testsTable(result),
    renderCalibration(result),
    confidenceTable(result, themes),
    learningPointsTable(result, scenario),
    followUp,
    answersExplained(result, scenario),
    resultActions(result, nav),
  );
}
