/**
 * The story map: the explorer's state graph collapsed to one node per decision point and
 * per ending, grouped by episode, for authors to see the shape of a scenario at a glance.
 * States without a decision (a lone "Continue", say) are followed through until a decision
 * or an ending is reached, so tens of thousands of states become a few dozen boxes.
 */
import type { Exploration, ExploreNode } from './exploration.ts';
import { condense, distancesFromStart } from './state-graph.ts';

/** Where an option can lead, once states without a decision are passed through. */
export type MapTarget =
  | { kind: 'decision'; id: string }
  | { kind: 'ending'; id: string }
  /** The story stops without an ending tag. */
  | { kind: 'dead-end' }
  /** The story stops on a runtime error or a runaway loop. */
  | { kind: 'fault' }
  /** The explorer stopped at its state limit before following this. */
  | { kind: 'unexplored' };

/** What an option does to one learning point (a range when it differs between states). */
export interface LpChange {
  lp: string;
  min: number;
  max: number;
}

export interface MapOption {
  text: string;
  changes: LpChange[];
  /** Learning points for which choosing this is a critical act. */
  critical: string[];
  leadsTo: MapTarget[];
}

export interface MapDecision {
  id: string;
  kinds: string[];
  episode: number | null;
  /** The knot or stitch that carries the decision tag, when known. */
  knot: string | null;
  /** How many distinct story states show this decision. */
  states: number;
  options: MapOption[];
}

export interface MapKnot {
  name: string;
  reached: boolean;
  /** Decisions and endings tagged in it (for unreached knots, what the learner never sees). */
  decisions: string[];
  endings: string[];
}

export interface MapEpisode {
  /** null: decisions and knots that belong to no episode. */
  number: number | null;
  title: string;
  decisions: MapDecision[];
  knots: MapKnot[];
}

export interface MapEnding {
  id: string;
  title: string;
  states: number;
  knot: string | null;
}

export interface StoryMap {
  title: string;
  complete: boolean;
  states: number;
  maxStates: number;
  /** Where the story goes from its first beat. */
  start: MapTarget[];
  episodes: MapEpisode[];
  endings: MapEnding[];
  unreachedKnots: MapKnot[];
}

/** What the compiled Ink says about its knots (read by tools/lib/map-knots.ts). */
export interface KnotPlaces {
  /** Every knot and stitch the author wrote, in story order. */
  knots: string[];
  /** The episode of each knot: the one it opens, or the first one that leads to it. */
  episodeOf: Record<string, number>;
  /** The knots carrying each decision tag and each ending tag. */
  decisionKnots: Record<string, string[]>;
  endingKnots: Record<string, string[]>;
}

export interface StoryMapInput {
  title: string;
  exploration: Exploration;
  episodes: { number: number; title: string }[];
  places?: KnotPlaces;
}

const targetKey = (t: MapTarget): string => ('id' in t ? `${t.kind}:${t.id}` : t.kind);

function keyTarget(key: string): MapTarget {
  const colon = key.indexOf(':');
  if (colon < 0) return { kind: key as 'dead-end' | 'fault' | 'unexplored' };
  return { kind: key.slice(0, colon) as 'decision' | 'ending', id: key.slice(colon + 1) };
}

/** What a state is on the map by itself, or null when it is passed through. */
function ownTarget(node: ExploreNode): MapTarget | null {
  const { decisionId, options, ending, faulted } = node.beatSummary;
  if (decisionId) return { kind: 'decision', id: decisionId };
  if (options === 0) return ending ? { kind: 'ending', id: ending.id } : { kind: faulted ? 'fault' : 'dead-end' };
  return node.edges.length ? null : { kind: 'unexplored' };
}

/**
 * The map targets each state stands for: its own, or for a state passed through, those
 * it reaches. Loops of passed-through states are handled as one (strongly connected
 * components, successors first), which keeps this linear in the size of the graph.
 */
export function resolveTargets(nodes: ExploreNode[]): (id: number) => string[] {
  const own = nodes.map(ownTarget);
  const passed = (id: number) => own[id] === null;
  const resolved = new Map<number, Set<string>>();
  if (own.some((t) => t === null)) {
    const inner = nodes.map((n) => ({ ...n, edges: passed(n.id) ? n.edges.filter((e) => passed(e.to)) : [] }));
    const { comp, count, members } = condense(inner);
    const byComp: Set<string>[] = [];
    for (let c = 0; c < count; c++) {
      const set = new Set<string>();
      for (const id of members[c]!) {
        if (!passed(id)) continue;
        for (const e of nodes[id]!.edges) {
          if (!passed(e.to)) set.add(targetKey(own[e.to]!));
          else if (comp[e.to] !== c) for (const k of byComp[comp[e.to]!]!) set.add(k);
        }
      }
      byComp[c] = set;
      for (const id of members[c]!) if (passed(id)) resolved.set(id, set);
    }
  }
  return (id) => {
    const t = own[id];
    return t ? [targetKey(t)] : [...resolved.get(id)!];
  };
}

interface OptionTally {
  text: string;
  /** Summed place among the options shown (0 first, near 1 last): sorts the options in the writer's order. */
  place: number;
  order: number;
  changes: Map<string, LpChange>;
  edges: number;
  leadsTo: Set<string>;
}

function tallyChange(tally: OptionTally, effects: Record<string, number>): void {
  const lps = new Set([...tally.changes.keys(), ...Object.keys(effects)]);
  for (const lp of lps) {
    const delta = effects[lp] ?? 0;
    const seen = tally.changes.get(lp);
    // An lp missing from earlier edges counted 0 there.
    const floor = seen ? seen : { lp, min: tally.edges ? 0 : delta, max: tally.edges ? 0 : delta };
    tally.changes.set(lp, { lp, min: Math.min(floor.min, delta), max: Math.max(floor.max, delta) });
  }
  tally.edges++;
}

/** Each decision's options, gathered over every state that shows the decision. */
function tallyDecisions(nodes: ExploreNode[], targetsOf: (id: number) => string[]) {
  const tallies = new Map<string, { states: number; options: Map<string, OptionTally> }>();
  for (const node of nodes) {
    const id = node.beatSummary.decisionId;
    if (!id) continue;
    const decision = tallies.get(id) ?? { states: 0, options: new Map<string, OptionTally>() };
    tallies.set(id, decision);
    decision.states++;
    for (const e of node.edges) {
      const blank = { place: 0, order: decision.options.size, changes: new Map(), edges: 0 };
      const tally = decision.options.get(e.optionText) ?? { text: e.optionText, ...blank, leadsTo: new Set<string>() };
      decision.options.set(e.optionText, tally);
      tally.place += e.optionIndex / node.edges.length;
      tallyChange(tally, e.effects);
      for (const k of targetsOf(e.to)) tally.leadsTo.add(k);
    }
  }
  return tallies;
}

/** Option texts the explorer saw at each decision but never followed (it stopped early). */
function sightedOptions(exploration: Exploration): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of exploration.sightings) {
    if (s.kind !== 'options') continue;
    const decision = String(s.data.decision);
    const texts = (JSON.parse(String(s.data.options)) as { text: string }[]).map((o) => o.text);
    out.set(decision, [...(out.get(decision) ?? []), ...texts]);
  }
  return out;
}

function criticalActs(exploration: Exploration): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of exploration.sightings) {
    if (s.kind !== 'critical') continue;
    const key = `${String(s.data.decision)}\u0000${String(s.data.option)}`;
    out.set(key, [...new Set([...(out.get(key) ?? []), String(s.data.lp)])].sort());
  }
  return out;
}

/** The episode number if the explorer saw that episode open, else null. */
function knownEpisodes(input: StoryMapInput): (n: number | null | undefined) => number | null {
  const seen = new Set(input.episodes.map((e) => e.number));
  return (n) => (n !== null && n !== undefined && seen.has(n) ? n : null);
}

function mapDecisions(input: StoryMapInput, targetsOf: (id: number) => string[]): MapDecision[] {
  const { exploration, places } = input;
  const known = knownEpisodes(input);
  const nodes = exploration.nodes;
  const distance = distancesFromStart(nodes);
  const tallies = tallyDecisions(nodes, targetsOf);
  const critical = criticalActs(exploration);
  const sighted = sightedOptions(exploration);
  const kinds = new Map(exploration.decisions.map((d) => [d.id, d.kinds]));
  const nearest = new Map<string, number>();
  for (const n of nodes) {
    const id = n.beatSummary.decisionId;
    if (id) nearest.set(id, Math.min(nearest.get(id) ?? Infinity, distance[n.id]!));
  }
  const ids = [...tallies.keys()].sort((a, b) => nearest.get(a)! - nearest.get(b)!);
  return ids.map((id) => {
    const tally = tallies.get(id)!;
    const mean = (o: OptionTally) => o.place / o.edges;
    const options = [...tally.options.values()].sort((a, b) => mean(a) - mean(b) || a.order - b.order);
    const mapped: MapOption[] = options.map((o) => ({
      text: o.text,
      changes: [...o.changes.values()]
        .filter((c) => c.min !== 0 || c.max !== 0)
        .sort((a, b) => a.lp.localeCompare(b.lp)),
      critical: critical.get(`${id}\u0000${o.text}`) ?? [],
      leadsTo: [...o.leadsTo].map(keyTarget),
    }));
    for (const text of new Set(sighted.get(id) ?? [])) {
      if (tally.options.has(text)) continue;
      const acts = critical.get(`${id}\u0000${text}`) ?? [];
      mapped.push({ text, changes: [], critical: acts, leadsTo: [{ kind: 'unexplored' }] });
    }
    const knot = places?.decisionKnots[id]?.[0] ?? null;
    const episode = knot !== null ? (places?.episodeOf[knot] ?? null) : null;
    // A knot can name an episode the explorer never saw open: such a decision is outside the episodes.
    return { id, kinds: kinds.get(id) ?? [], episode: known(episode), knot, states: tally.states, options: mapped };
  });
}

function knotsOf(places: KnotPlaces | undefined, unreached: Set<string>): MapKnot[] {
  if (!places) return [...unreached].map((name) => ({ name, reached: false, decisions: [], endings: [] }));
  const tagged = (table: Record<string, string[]>, knot: string) =>
    Object.keys(table).filter((id) => table[id]!.includes(knot));
  return places.knots.map((name) => ({
    name,
    reached: !unreached.has(name),
    decisions: tagged(places.decisionKnots, name),
    endings: tagged(places.endingKnots, name),
  }));
}

function groupEpisodes(input: StoryMapInput, decisions: MapDecision[], knots: MapKnot[]): MapEpisode[] {
  const known = knownEpisodes(input);
  const episodeOf = input.places?.episodeOf ?? {};
  const group = (number: number | null, title: string): MapEpisode => ({
    number,
    title,
    decisions: decisions.filter((d) => d.episode === number),
    // Knots holding an ending are shown with the endings.
    knots: knots.filter((k) => !k.endings.length && known(episodeOf[k.name]) === number),
  });
  const groups = [...input.episodes].sort((a, b) => a.number - b.number).map((e) => group(e.number, e.title));
  const outside = group(null, 'Outside the episodes');
  return outside.decisions.length || outside.knots.length ? [...groups, outside] : groups;
}

export function buildStoryMap(input: StoryMapInput): StoryMap {
  const { exploration, places } = input;
  const targetsOf = resolveTargets(exploration.nodes);
  const decisions = mapDecisions(input, targetsOf);
  const unreached = new Set(exploration.unreachedKnots);
  const knots = knotsOf(places, unreached);
  return {
    title: input.title,
    complete: exploration.complete,
    states: exploration.nodes.length,
    maxStates: exploration.maxStates,
    start: exploration.nodes.length ? targetsOf(0).map(keyTarget) : [],
    episodes: groupEpisodes(input, decisions, knots),
    endings: exploration.endings.map((e) => ({ ...e, knot: places?.endingKnots[e.id]?.[0] ?? null })),
    unreachedKnots: knots.filter((k) => !k.reached),
  };
}
