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
    'Effect size d_z',
    'The paired effect size of the change from pre-test to post-test, for the records with both: the mean of each learner’s change (post − pre, each as a fraction of its test’s maximum) divided by the standard deviation of those changes (divisor n − 1). Its 95% confidence interval is d_z ± t × SE, with SE = √(1/n + d_z²/(2n)) and t the 97.5% point of Student’s t with n − 1 degrees of freedom. It is undefined with fewer than 2 records, or when every learner changed by the same amount. About 0.3 is typical of simulation compared with other teaching (Cook et al. 2012), about 0.7 of simulation with deliberate practice (McGaghie et al. 2011).',
  ],
  [
    'Follow-up and retention',
    'The follow-up test is a third parallel form, taken weeks after play. Follow-up mean is as the other test means. Retention = (mean follow-up − mean pre) ÷ (mean post − mean pre), on the means of the records with all three tests: 1 means all of the gain after play was kept, 0 that it was all lost. It is undefined when there was no gain after play. The effect size from pre-test to follow-up is d_z as above, on the records with both of those tests.',
  ],
  [
    'Calibration',
    'Answers given with a certainty (“not sure”, “fairly sure”, “sure”) are marked by certainty-based marking: 1 or 0, 2 or −2, 3 or −6 when right or wrong. The mean mark is per rated answer; n counts rated answers and learners. Sure and wrong is the share of rated answers given as “sure” that were wrong. Right when sure, fairly sure and not sure are shares of the answers at that certainty. Figures on fewer than 5 learners, or levels used by fewer than 5 answers, are marked. Skipped answers and answers without a certainty are not counted.',
  ],
  [
    'Test items',
    'Per scenario and test form, over the learners who took it. Difficulty p = share right (skipped counts as wrong). Discrimination = the corrected point-biserial: the correlation between getting the question right (1 or 0) and the score on the rest of the form. KR-20 = k/(k − 1) × (1 − Σpq ÷ σ²), k questions, q = 1 − p, σ² the population variance (divisor n) of learners’ total scores. Flags: discrimination below 0.2 “does not discriminate”, below 0 “works against the test”; p above 0.9 “almost everyone right”, below 0.2 “almost everyone wrong”; KR-20 below 0.7; fewer than 5 learners “few learners: do not act on this yet”.',
  ],
  [
    'Use in practice',
    'The manager’s optional answers given with the follow-up: for each question, how many records gave each answer, and the share of those who answered it (n).',
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
