/**
 * Where a story stopped with no choices: the knot (or `knot.stitch`) of its `-> END`,
 * `-> DONE` or last line. `-> END` clears the call stack before anyone can look, and Ink
 * runs ahead on copies of its state, so every state's ForceEnd is watched (in this
 * process only: the explorer's, never the player's).
 */
import type { Story } from 'inkjs';

interface Place {
  path: { toString(): string };
}
interface WatchedState {
  currentPointer: { container: Place | null };
  previousPointer: { container: Place | null };
  ForceEnd(): void;
}

let endedIn: Place | null = null;
const watched = new WeakSet<object>();

export function watchEnds(story: Story): void {
  const proto = Object.getPrototypeOf(story.state) as WatchedState;
  if (watched.has(proto)) return;
  watched.add(proto);
  const forceEnd = proto.ForceEnd;
  proto.ForceEnd = function (this: WatchedState) {
    endedIn = this.currentPointer.container ?? this.previousPointer.container ?? endedIn;
    forceEnd.call(this);
  };
}

const GENERATED = /^(\d+|[cg]-\d+|s\d+)$/;

/** The knot (or `knot.stitch`) of an Ink path; '' at the top level. */
export function flowOf(inkPath: string): string {
  const named: string[] = [];
  for (const segment of inkPath.split('.').slice(0, 2)) {
    if (!segment || GENERATED.test(segment)) break;
    named.push(segment);
  }
  return named.join('.');
}

/** Where the story just stopped (call after a beat with no options); forgets it for the next beat. */
export function takeStopPlace(story: Story): string {
  const state = story.state as unknown as WatchedState;
  const place = endedIn ?? state.previousPointer.container;
  endedIn = null;
  return flowOf(place?.path.toString() ?? '');
}

/** Forgets an `-> END` seen before the beat about to run. */
export function forgetStopPlace(): void {
  endedIn = null;
}
