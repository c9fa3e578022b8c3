/**
 * Synthetic result records for the dashboard benchmark: valid against the result
 * schema, deterministic for a seed, shaped like real plays (a dozen decisions, pre- and
 * post-tests of eight questions, confidence per theme, some unfinished plays).
 *
 *   npx tsx bench/synthetic-results.ts 100000 /tmp/results.json   (or .csv)
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { resultsToCsv } from '../src/engine/result-csv.ts';
import { PARTICIPANT_AGENCIES, RESULT_FORMAT, RESULT_VERSION, type ResultRecord } from '../src/engine/result.ts';
import { seededRandom } from '../src/engine/seeded-random.ts';

interface SyntheticScenario {
  id: string;
  title: string;
  themes: string[];
  /** Learning point id → theme id. */
  learningPoints: Record<string, string>;
}

const SCENARIOS: SyntheticScenario[] = [
  {
    id: 'sample',
    title: 'Sample: Missed checks',
    themes: ['information-sharing', 'voice-of-child', 'challenge'],
    learningPoints: {
      's-ask-others': 'information-sharing',
      's-see-the-child': 'voice-of-child',
      's-challenge': 'challenge',
    },
  },
  {
    id: 'synthetic-a',
    title: 'Synthetic scenario A',
    themes: ['information-sharing', 'challenge', 'child-needs', 'working-with-families'],
    learningPoints: Object.fromEntries(
      [
        'a-share',
        'a-curiosity',
        'a-escalate',
        'a-supervision',
        'a-child-voice',
        'a-family',
        'a-language',
        'a-plan',
      ].map((id, i) => [id, ['information-sharing', 'challenge', 'child-needs', 'working-with-families'][i % 4]!]),
    ),
  },
  {
    id: 'synthetic-b',
    title: 'Synthetic scenario B',
    themes: ['neglect', 'plans-and-court', 'challenge'],
    learningPoints: Object.fromEntries(
      ['b-chronology', 'b-timely', 'b-court', 'b-plan', 'b-category', 'b-threshold'].map((id, i) => [
        id,
        ['neglect', 'plans-and-court', 'challenge'][i % 3]!,
      ]),
    ),
  },
];

const ROLES = ['Health visitor', 'Social worker', 'Team manager', 'GP', 'Teacher', 'Police officer', 'Midwife', null];
const COHORTS = ['North locality, March', 'South locality, April', 'City centre, May', 'Newly qualified', null];
const OPTIONS = [
  'Call the GP practice to ask about missed appointments',
  'Ask for a strategy discussion with children’s social care',
  'Go ahead with the planned home visit',
  'Ask to see the child and the room where she sleeps',
  'Set out what you found in writing to your manager',
  'Close the case as the family are engaging',
];

const random = seededRandom;

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const rating = (rnd: () => number, centre: number) => Math.max(1, Math.min(5, Math.round(centre + (rnd() - 0.5) * 2)));

function practice(rnd: () => number, at: number) {
  const scale = (max: number) => (rnd() < 0.1 ? null : 1 + Math.floor(rnd() * max));
  return { applied: scale(4), changed: scale(4), supervision: scale(3), at: new Date(at).toISOString() };
}

function quiz(rnd: () => number, form: string, scenario: SyntheticScenario, pCorrect: number, at: number) {
  const lps = Object.keys(scenario.learningPoints);
  const answers = Array.from({ length: 8 }, (_, i) => {
    const skipped = rnd() < 0.03;
    const correct = !skipped && rnd() < pCorrect;
    return {
      questionId: `${form}-${i + 1}`,
      learningPoint: lps[i % lps.length]!,
      chosen: skipped ? null : correct ? 1 : pick(rnd, [0, 2, 3]),
      correct,
      // Learners are somewhat calibrated: surer when right, and a fifth never say.
      certainty:
        skipped || rnd() < 0.2 ? null : correct ? pick(rnd, [2, 3, 3] as const) : pick(rnd, [1, 2, 3] as const),
    };
  });
  return { answers, score: answers.filter((a) => a.correct).length, max: 8, at: new Date(at).toISOString() };
}

/** The i-th synthetic record of a seed. */
export function syntheticResult(i: number, seed = 1): ResultRecord {
  const rnd = random(seed * 1_000_003 + i);
  const scenario = SCENARIOS[i % SCENARIOS.length]!;
  const agencyIndex = Math.floor(rnd() * PARTICIPANT_AGENCIES.length);
  const skill = 0.35 + (agencyIndex % 5) * 0.05 + rnd() * 0.2;
  const started = Date.UTC(2026, 0, 5) + Math.floor(rnd() * 330) * 86_400_000 + Math.floor(rnd() * 8 * 3_600_000);
  const completed = rnd() < 0.88;
  const decisions = 8 + Math.floor(rnd() * 10);
  const path = Array.from({ length: completed ? decisions : Math.floor(decisions / 2) }, (_, d) => ({
    decisionId: `d-${d + 1}`,
    option: pick(rnd, OPTIONS),
    at: new Date(started + (d + 1) * 70_000).toISOString(),
  }));
  const finished = started + (path.length + 1) * 70_000;
  const learningPoints = Object.keys(scenario.learningPoints).map((id) => {
    const max = 2 + Math.floor(rnd() * 3);
    const score = Math.min(max, Math.floor(rnd() * (max + 1) * (skill + 0.4)));
    const status = score >= 0.75 * max ? ('met' as const) : score > 0 ? ('partly' as const) : ('missed' as const);
    return { id, score, max, status };
  });
  const themes = scenario.themes.map((id) => {
    const own = learningPoints.filter((lp) => scenario.learningPoints[lp.id] === id);
    const max = own.reduce((s, lp) => s + lp.max, 0);
    const score = own.reduce((s, lp) => s + Math.max(0, Math.min(lp.score, lp.max)), 0);
    return { id, score, max, scaled: max > 0 ? score / max : 0 };
  });
  const maxSum = learningPoints.reduce((s, lp) => s + lp.max, 0);
  const tookPre = rnd() < 0.9;
  const tookPost = completed && rnd() < 0.85;
  const tookFollowUp = tookPost && rnd() < 0.35;
  const confidence = (centre: number) => Object.fromEntries(scenario.themes.map((t) => [t, rating(rnd, centre)]));
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    id: `synthetic-${seed}-${String(i).padStart(7, '0')}`,
    participant: {
      code: rnd() < 0.95 ? `P-${String(Math.floor(i / 2)).padStart(6, '0')}` : null,
      agency: rnd() < 0.97 ? PARTICIPANT_AGENCIES[agencyIndex]! : null,
      role: pick(rnd, ROLES),
      cohort: pick(rnd, COHORTS),
    },
    scenario: { id: scenario.id, title: scenario.title, storyHash: 'synthetic0000' },
    feedbackMode: rnd() < 0.7 ? 'reflect' : 'assessment',
    startedAt: new Date(started).toISOString(),
    finishedAt: completed ? new Date(finished).toISOString() : null,
    completed,
    durationSeconds: Math.round((finished - started) / 1000),
    ending: completed ? { id: 'acted', title: 'The risk was seen and acted on' } : null,
    path,
    learningPoints,
    themes,
    overall: learningPoints.reduce((s, lp) => s + Math.max(0, Math.min(lp.score, lp.max)), 0) / maxSum,
    preTest: tookPre ? quiz(rnd, 'pre', scenario, skill, started - 300_000) : null,
    postTest: tookPost ? quiz(rnd, 'post', scenario, Math.min(0.95, skill + 0.2), finished + 60_000) : null,
    confidence: { before: tookPre ? confidence(2.6) : null, after: tookPost ? confidence(3.5) : null },
    followUpTest: tookFollowUp
      ? quiz(rnd, 'followup', scenario, Math.min(0.9, skill + 0.12), finished + 42 * 86_400_000)
      : null,
    practice: tookFollowUp && rnd() < 0.6 ? practice(rnd, finished + 42 * 86_400_000) : null,
  };
}

export function syntheticResults(count: number, seed = 1): ResultRecord[] {
  return Array.from({ length: count }, (_, i) => syntheticResult(i, seed));
}

/** Writes `count` records as a JSON array (streamed) or a results CSV (built in memory). */
export async function writeSyntheticFile(file: string, count: number, seed = 1): Promise<void> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  if (file.endsWith('.csv')) {
    // One call, so that every row shares one header.
    await write(resultsToCsv(syntheticResults(count, seed)));
  } else {
    await write('[');
    for (let i = 0; i < count; i++) await write((i ? ',\n' : '\n') + JSON.stringify(syntheticResult(i, seed)));
    await write('\n]\n');
  }
  out.end();
  await once(out, 'finish');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) {
  const [count = '1000', file = '/tmp/synthetic-results.json'] = process.argv.slice(2);
  await writeSyntheticFile(file, Number(count));
  console.log(`wrote ${count} records to ${file}`);
}
