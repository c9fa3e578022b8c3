/**
 * Where things sit in the drawing, in game pixels. Pure, so tests can work out where an
 * agency or a chronology entry is on the canvas, and that no two labels overlap.
 */
import { chronoTime } from '../engine/chronology.ts';

export const GAME_WIDTH = 560;
export const GAME_HEIGHT = 440;

/** The ring of agencies around the child. */
export const NETWORK = { cx: 280, cy: 165, rx: 178, ry: 110, nodeRadius: 15 } as const;

/** The chronology line and the reading area under it. */
export const TIMELINE = {
  y: 358,
  left: 30,
  right: 530,
  dotRadius: 7,
  detailTop: 378,
  /** Font sizes of the entry labels (above the line) and the year labels (below it). */
  labelSize: 11,
  yearSize: 10,
} as const;

export interface Point {
  x: number;
  y: number;
}

/** Position of agency `index` of `count`, clockwise from the top. */
export function agencyPosition(index: number, count: number): Point & { angle: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(1, count);
  return {
    x: NETWORK.cx + NETWORK.rx * Math.cos(angle),
    y: NETWORK.cy + NETWORK.ry * Math.sin(angle),
    angle,
  };
}

/** Where an agency's label goes: just outside its node, pointing away from the child. */
export function labelPlacement(
  angle: number,
  gap = NETWORK.nodeRadius + 5,
): Point & { originX: number; originY: number } {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return {
    x: gap * cos,
    y: gap * sin,
    originX: 0.5 - 0.5 * cos,
    originY: 0.5 - 0.5 * sin,
  };
}

/** Position of entry `index` of `count` spread evenly along the line: for entries without dates. */
export function chronoPosition(index: number, count: number): Point {
  const span = TIMELINE.right - TIMELINE.left;
  const step = count > 1 ? span / (count - 1) : 0;
  const x = count > 1 ? TIMELINE.left + step * index : TIMELINE.left + span / 2;
  return { x, y: TIMELINE.y };
}

/** Marks closer than this share one mark (a cluster, drawn with its count). */
export const MARK_GAP = 2 * TIMELINE.dotRadius + 8;
/** At most this many entry labels are written on the line; the list beside it has them all. */
export const MAX_ENTRY_LABELS = 4;
const MAX_LABEL_WIDTH = 150;
const LABEL_PAD = 8;
/** Room kept at the right end of the line for entries without a date, after the dated ones. */
const UNDATED_ROOM = 40;

/** Width of a text in game pixels at a font size; the scene measures with the canvas. */
export type Measure = (text: string, fontSize: number) => number;

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface TimelineEntry {
  /** Sortable ISO date, or null (old-form tags). Entries come in date order. */
  date: string | null;
  /** The time as the learner reads it. */
  when: string;
  isNew?: boolean;
}

/** A mark on the line: one entry, or several that fall too close together to tell apart. */
export interface TimelineMark {
  x: number;
  /** Indexes of the entries it stands for, in date order. */
  members: number[];
}

export interface TimelineLabel {
  kind: 'entry' | 'year';
  text: string;
  /** Anchor: the label's centre at `x`, its top at `box.top`. */
  x: number;
  box: Box;
  /** For an entry label, the mark it names. */
  mark: number | null;
}

export interface TimelineLayout {
  marks: TimelineMark[];
  /** The mark of each entry. */
  markOf: number[];
  /** Year boundaries inside the span (1 January of each year), except inside a break. */
  ticks: { x: number; year: number }[];
  /** Where a long empty gap has been cut short (drawn as a break in the line). */
  breaks: { x: number }[];
  labels: TimelineLabel[];
}

export interface TimelineOptions {
  measure: Measure;
  /** The entry being read: its mark is labelled first. */
  selected?: number | null;
  /** Write years under the line (only when the labels name real years, not relative times). */
  years?: boolean;
  maxLabels?: number;
}

const overlaps = (a: Box, b: Box, pad: number) =>
  a.left < b.right + pad && b.left < a.right + pad && a.top < b.bottom && b.top < a.bottom;

/** Cuts a text to fit a width, ending with an ellipsis. */
export function fitText(text: string, maxWidth: number, size: number, measure: Measure): string {
  if (measure(text, size) <= maxWidth) return text;
  let n = text.length;
  while (n > 1 && measure(`${text.slice(0, n).trimEnd()}…`, size) > maxWidth) n--;
  return `${text.slice(0, n).trimEnd()}…`;
}

/** Groups entries whose marks would fall closer than MARK_GAP into one mark, in order along the line. */
function groupMarks(xs: readonly number[]): Pick<TimelineLayout, 'marks' | 'markOf'> {
  const marks: TimelineMark[] = [];
  const markOf: number[] = [];
  xs.forEach((x, i) => {
    const last = marks[marks.length - 1];
    if (last && x - last.x < MARK_GAP) last.members.push(i);
    else marks.push({ x, members: [i] });
    markOf.push(marks.length - 1);
  });
  return { marks, markOf };
}

/** A tick at each 1 January inside the span, except inside a break. */
function yearTicks(
  t0: number,
  t1: number,
  xOf: (t: number) => number,
  breaks: readonly { from: number; to: number }[],
): TimelineLayout['ticks'] {
  const inBreak = (t: number) => breaks.some((b) => t > b.from && t < b.to);
  const ticks: TimelineLayout['ticks'] = [];
  for (let year = Math.floor(t0) + 1; year <= t1; year++) if (!inBreak(year)) ticks.push({ x: xOf(year), year });
  return ticks;
}

/** Labels placed so far; a new one is left out if it would overlap any of them. */
class LabelPlacer {
  readonly labels: TimelineLabel[] = [];

  constructor(readonly measure: Measure) {}

  /** Places a label centred on `x` (kept on the canvas) with its top at `top`; false if it would overlap. */
  place(kind: TimelineLabel['kind'], text: string, x: number, top: number, size: number, mark: number | null): boolean {
    const width = this.measure(text, size);
    const cx = Math.min(Math.max(x, 2 + width / 2), GAME_WIDTH - 2 - width / 2);
    const box = { left: cx - width / 2, right: cx + width / 2, top, bottom: top + size + 3 };
    if (this.labels.some((l) => overlaps(l.box, box, LABEL_PAD))) return false;
    this.labels.push({ kind, text, x: cx, box, mark });
    return true;
  }
}

/** The marks in the order they ask for a label: the entry being read, first, last, newest, then largest groups. */
function labelOrder(
  entries: readonly TimelineEntry[],
  { marks, markOf }: Pick<TimelineLayout, 'marks' | 'markOf'>,
  selected: number | null,
): number[] {
  const order: number[] = [];
  const want = (m: number | undefined) => {
    if (m !== undefined && m >= 0 && m < marks.length && !order.includes(m)) order.push(m);
  };
  if (selected !== null && selected >= 0 && selected < entries.length) want(markOf[selected]);
  want(0);
  want(marks.length - 1);
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i]!.isNew) want(markOf[i]);
  marks
    .map((m, i) => ({ n: m.members.length, i }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .forEach(({ i }) => want(i));
  return order;
}

/** Entry labels, above the line, up to `maxLabels` of them. */
function placeEntryLabels(
  placer: LabelPlacer,
  entries: readonly TimelineEntry[],
  grouped: Pick<TimelineLayout, 'marks' | 'markOf'>,
  selected: number | null,
  maxLabels: number,
): void {
  const { marks, markOf } = grouped;
  const labelTop = TIMELINE.y - TIMELINE.dotRadius - 6 - (TIMELINE.labelSize + 3);
  let written = 0;
  for (const m of labelOrder(entries, grouped, selected)) {
    if (written >= maxLabels) break;
    const mark = marks[m]!;
    // A group is named by its first entry; the last mark by its last, where the line ends.
    const entry =
      selected !== null && markOf[selected] === m
        ? selected
        : m === marks.length - 1
          ? mark.members[mark.members.length - 1]!
          : mark.members[0]!;
    const text = fitText(entries[entry]!.when, MAX_LABEL_WIDTH, TIMELINE.labelSize, placer.measure);
    if (placer.place('entry', text, mark.x, labelTop, TIMELINE.labelSize, m)) written++;
  }
}

/** Years, under the line, centred on the part of each year the line shows. */
function placeYearLabels(
  placer: LabelPlacer,
  dated: readonly number[],
  t0: number,
  t1: number,
  xOf: (t: number) => number,
): void {
  for (let year = Math.floor(t0); year <= Math.floor(t1); year++) {
    if (!dated.some((t) => Math.floor(t) === year)) continue;
    const from = xOf(Math.max(year, t0));
    const to = xOf(Math.min(year + 1, t1));
    placer.place('year', String(year), (from + to) / 2, TIMELINE.y + 6, TIMELINE.yearSize, null);
  }
}

/**
 * The chronology line: entries placed by date (a scale in years, a tick at each new
 * year, long empty gaps cut short), entries too close to tell apart grouped into one
 * mark, and a handful of labels that never overlap: the entry being read, the first and
 * the last, the newest, then the largest groups; years under the line where they fit.
 * Entries without a date go after the dated ones (or, if none is dated, spread evenly).
 */
export function layoutTimeline(entries: readonly TimelineEntry[], options: TimelineOptions): TimelineLayout {
  const { measure, selected = null, years = false, maxLabels = MAX_ENTRY_LABELS } = options;
  const times = entries.map((e) => (e.date === null ? NaN : chronoTime(e.date)));
  const dated = times.filter((t) => Number.isFinite(t));
  const undatedCount = entries.length - dated.length;
  const left = TIMELINE.left;
  const right = dated.length && undatedCount ? TIMELINE.right - UNDATED_ROOM : TIMELINE.right;
  const t0 = dated.length ? Math.min(...dated) : 0;
  const t1 = dated.length ? Math.max(...dated) : 0;
  const { xOf, breaks } = timeScale(dated, left, right);

  const xs = entries.map((_, i) =>
    Number.isFinite(times[i]) ? xOf(times[i]!) : dated.length ? TIMELINE.right : chronoPosition(i, entries.length).x,
  );
  const grouped = groupMarks(xs);
  const placer = new LabelPlacer(measure);
  placeEntryLabels(placer, entries, grouped, selected, maxLabels);
  if (years && dated.length) placeYearLabels(placer, dated, t0, t1, xOf);
  return {
    ...grouped,
    ticks: dated.length && t1 > t0 ? yearTicks(t0, t1, xOf, breaks) : [],
    breaks: breaks.map((b) => ({ x: (xOf(b.from) + xOf(b.to)) / 2 })),
    labels: placer.labels,
  };
}

/** A gap with no entries this long (in years, and as a share of the whole span) is cut short. */
const BREAK_MIN_YEARS = 5;
const BREAK_MIN_SHARE = 0.4;
/** The width a cut gap takes on the line. */
const BREAK_WIDTH = 36;

/**
 * Maps a time (in years) to x. Linear, except that long empty gaps (a parent's childhood
 * decades before the case) are cut to a short break, so that the years of the case keep
 * their room on the line.
 */
function timeScale(
  times: readonly number[],
  left: number,
  right: number,
): { xOf: (t: number) => number; breaks: { from: number; to: number }[] } {
  const points = [...new Set(times)].sort((a, b) => a - b);
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined || last === first) {
    return { xOf: () => (left + right) / 2, breaks: [] };
  }
  const span = last - first;
  const gaps = points.slice(1).map((t, i) => ({ from: points[i]!, to: t }));
  let breaks = gaps.filter((g) => g.to - g.from >= BREAK_MIN_YEARS && g.to - g.from > BREAK_MIN_SHARE * span);
  let kept = span - breaks.reduce((sum, b) => sum + (b.to - b.from), 0);
  // Cut nothing when nothing would be left to scale, or when the breaks would take the line.
  if (kept <= 0 || breaks.length * BREAK_WIDTH > (right - left) / 3) {
    breaks = [];
    kept = span;
  }
  const perYear = (right - left - breaks.length * BREAK_WIDTH) / kept;
  const xOf = (t: number) => {
    let x = left;
    let at = first;
    for (const b of breaks) {
      if (t <= b.from) break;
      x += (b.from - at) * perYear;
      if (t < b.to) return x + ((t - b.from) / (b.to - b.from)) * BREAK_WIDTH;
      x += BREAK_WIDTH;
      at = b.to;
    }
    return x + (t - at) * perYear;
  };
  return { xOf, breaks };
}
