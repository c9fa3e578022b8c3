/**
 * What the visual layer shows, derived from the session: the setting, the agencies around
 * the child (contacted or not, what each shared, which are options now) and the chronology.
 * Pure: the DOM panels and the Phaser scene both draw from this one model, so they agree.
 */
import { chronoKey, labelNamesYear, sortChronology } from './chronology.ts';
import type { ChronoEntry, PlayContext } from './context.ts';
import type { BeatOption } from './runner.ts';
import { AGENCIES, type AgencyId, SCENES, type SceneId, isAgency } from './vocabulary.ts';

/** Agencies always on the map, asked or not: the usual network around a child. */
export const CORE_AGENCIES: readonly AgencyId[] = [
  'police',
  'social-care',
  'health-visitor',
  'gp',
  'school',
  'nursery',
  'drug-service',
  'probation',
  'domestic-abuse',
  'ambulance',
  'emergency-dept',
  'marac',
  'legal',
];

/** Short labels for the drawing (the lists in the page use the full names). */
export const MAP_LABELS: Record<AgencyId, { short: string; abbr: string }> = {
  police: { short: 'Police', abbr: 'POL' },
  'social-care': { short: 'Social\ncare', abbr: 'CSC' },
  'health-visitor': { short: 'Health\nvisitor', abbr: 'HV' },
  gp: { short: 'GP', abbr: 'GP' },
  school: { short: 'School', abbr: 'SCH' },
  nursery: { short: 'Nursery', abbr: 'NUR' },
  'drug-service': { short: 'Drug\nservice', abbr: 'DAS' },
  probation: { short: 'Probation', abbr: 'PRO' },
  'domestic-abuse': { short: 'Domestic\nabuse', abbr: 'DA' },
  ambulance: { short: 'Ambulance', abbr: 'AMB' },
  'emergency-dept': { short: 'A&E', abbr: 'A&E' },
  marac: { short: 'MARAC', abbr: 'MRC' },
  legal: { short: 'Legal', abbr: 'LEG' },
  midwife: { short: 'Midwife', abbr: 'MW' },
  hospital: { short: 'Hospital', abbr: 'HOS' },
  camhs: { short: 'CAMHS', abbr: 'CMH' },
  'adult-mental-health': { short: 'Adult\nmental health', abbr: 'AMH' },
  housing: { short: 'Housing', abbr: 'HSG' },
  relative: { short: 'Family\nmember', abbr: 'FAM' },
  'designated-professional': { short: 'Designated\nprofessional', abbr: 'DP' },
  partnership: { short: 'Partnership', abbr: 'SP' },
  'family-court': { short: 'Family\ncourt', abbr: 'CRT' },
};

export interface AgencyNode {
  id: AgencyId;
  name: string;
  contacted: boolean;
  /** What the agency has told the learner, in the order learnt. */
  shared: string[];
  /** The option at the current decision that contacts this agency, if any. */
  option: { index: number; text: string } | null;
}

export interface ChronoItem extends ChronoEntry {
  /** Learnt in the latest passage. */
  isNew: boolean;
  /** Identity of the entry, kept when the list is re-sorted by a new entry. */
  key: string;
}

export interface VisualModel {
  scene: SceneId | null;
  /** The setting in words, e.g. "A GP surgery" (the text alternative of the backdrop). */
  sceneName: string | null;
  agencies: AgencyNode[];
  /** The case chronology in date order (entries with the same date in the order learnt). */
  chronology: ChronoItem[];
  /**
   * Whether the drawing may write years under the timeline: only when every entry's label
   * names its year (real dates). A scenario with a relative timeline ("Maisie 2 years old")
   * dates its entries only to order them, and those years are never shown.
   */
  chronologyYears: boolean;
}

/**
 * The agencies on the map, in a fixed order (the vocabulary's) so nodes keep their place:
 * the core network plus any agency the scenario or the session brings in.
 */
export function mapAgencies(...sources: Iterable<string>[]): AgencyId[] {
  const wanted = new Set<string>(CORE_AGENCIES);
  for (const source of sources) for (const id of source) if (isAgency(id)) wanted.add(id);
  return (Object.keys(AGENCIES) as AgencyId[]).filter((id) => wanted.has(id));
}

export interface ModelInput {
  context: PlayContext;
  /** Options of the current decision. */
  options: readonly BeatOption[];
  /** Agencies already on the map (from `mapAgencies`); any new one the session brings is added. */
  agencies: readonly AgencyId[];
  /** Decisions made so far. */
  decisionsMade: number;
}

export function buildVisualModel({ context, options, agencies, decisionsMade }: ModelInput): VisualModel {
  const ids = mapAgencies(
    agencies,
    context.contacted,
    context.info.map((i) => i.agency),
    options.flatMap((o) => (o.contact ? [o.contact] : [])),
  );
  const nodes = ids.map((id): AgencyNode => {
    const option = options.find((o) => o.contact === id);
    return {
      id,
      name: AGENCIES[id],
      contacted: context.contacted.includes(id),
      shared: context.info.filter((i) => i.agency === id).map((i) => i.text),
      option: option ? { index: option.index, text: option.text } : null,
    };
  });
  return {
    scene: context.scene,
    sceneName: context.scene ? SCENES[context.scene] : null,
    agencies: nodes,
    chronology: sortChronology(context.chronology).map((c) => ({
      ...c,
      isNew: c.learntAt === decisionsMade,
      key: chronoKey(c),
    })),
    chronologyYears:
      context.chronology.some((c) => c.date !== null) &&
      context.chronology.every((c) => c.date === null || labelNamesYear(c.when, c.date)),
  };
}
