/** How each figure on the dashboard is computed, stated on the page (and in docs/dashboard.md). */
import { h } from '../ui/dom.ts';
import { FEW_MARK } from './tables.ts';

const ITEMS: [string, string][] = [
  [
    'Records and n',
    'Each imported record is one learner’s play of one scenario. Every figure shows n, the number of records it rests on; a learner who played twice counts twice. Participant codes are counted separately where learners gave one.',
  ],
  [
    FEW_MARK,
    'Marks a figure based on fewer than 5 records. Such figures move a great deal with one learner and should not be compared or reported on their own.',
  ],
  ['Completed', 'Records that reached an ending, as a share of all records (plays started).'],
  [
    'Pre-test and post-test mean',
    'Each learner’s score as a percentage of that test’s maximum, averaged over the records with that test. Records without the test are left out, and n says how many remain.',
  ],
  [
    'Mean gain',
    'Post-test percentage minus pre-test percentage, in percentage points, averaged over the records with both tests only. It can differ from the difference of the two means above, which rest on different learners.',
  ],
  [
    'Improved',
    'The share of records with both tests whose post-test percentage is higher than their pre-test percentage.',
  ],
  [
    'Normalised gain',
    'For each record with both tests, (post − pre) ÷ (maximum − pre) on the percentages: the share of the possible improvement that was achieved (1 is all of it; below 0 means the score fell). It is undefined when the pre-test was at full marks, so those records are left out of the mean and counted in “Full marks before (excluded)”. The figure is the mean of the learners’ normalised gains.',
  ],
  [
    'By learning point',
    'Each test question is mapped to a learning point. Pre-test and post-test correct are the share of answers to that learning point’s questions that were correct; n counts the records that answered at least one such question. Skipped questions count as not correct.',
  ],
  [
    'Missed and met in play',
    'The share of records in which the learning point’s status at the end of play was missed (scored zero or below) or met (75% of its maximum or more).',
  ],
  [
    'Confidence',
    'Learners rate their confidence in each theme from 1 (not confident) to 5 (very confident) before and after play. Before and after are means of the ratings given; mean change is after minus before for the records that rated the theme both times.',
  ],
  [
    'Play score by theme',
    'The theme’s scaled score in play (its learning points’ clamped scores over their maxima), averaged.',
  ],
  [
    'Filters and dates',
    'Filters select records by the day play started (in UTC, both days included), scenario, and the agency, role and cohort the learner gave. “Not given” selects records without that detail.',
  ],
  [
    'Imports',
    'Files are checked against the result record format; records that fail are rejected with a reason, and a record whose id was imported before is skipped as a duplicate. Only the fields these measures need are kept (not the path of choices).',
  ],
];

export function renderMethod(): HTMLElement {
  return h(
    'section',
    { className: 'dashboard-method', 'aria-labelledby': 'method-title' },
    h('h2', { id: 'method-title' }, 'How the figures are computed'),
    h(
      'dl',
      {},
      ITEMS.flatMap(([term, text]) => [h('dt', {}, term), h('dd', {}, text)]),
    ),
  );
}
