/**
 * Every Ink tag the simulator reads, in one table: what authors write, where it goes, what
 * it means, an example, and how its value is read. The parser (tags.ts), the checker's
 * placement lint and the tag tables of docs/authoring.md (`npm run docs:tags`) all come
 * from here, so adding a tag is one entry below and one member of `Tag`.
 */
import {
  type AgencyId,
  type DecisionKind,
  type SceneId,
  type SoundId,
  SCENES,
  SOUNDS,
  isAgency,
  isScene,
  isSound,
} from './vocabulary.ts';
import { ID, chronoTag, decisionTag, lpTag, twoFields, unknownAgency } from './tag-values.ts';

export interface LpEffect {
  id: string;
  delta: number;
}

/** Where a pinned option stays when options are shuffled. */
export type PinPlace = 'first' | 'last';

export type Tag =
  | { name: 'speaker'; value: string }
  | { name: 'role'; value: string }
  | { name: 'episode'; number: number; title: string }
  | { name: 'when'; value: string }
  | { name: 'scene'; scene: SceneId }
  | { name: 'sound'; sound: SoundId }
  | {
      name: 'chrono';
      /** The time as the learner reads it: the label written, or the date in words when none is. */
      when: string;
      what: string;
      /** Sortable ISO date (`2014`, `2014-08`, `2014-08-15`); null in the old form `when; what`. */
      date: string | null;
    }
  | { name: 'info'; agency: AgencyId; text: string }
  | { name: 'lp'; effect: LpEffect }
  | { name: 'ending'; id: string; title: string }
  | { name: 'decision'; id: string; kinds: DecisionKind[] }
  | { name: 'note'; text: string }
  | { name: 'prompt'; text: string }
  | { name: 'real'; text: string | null }
  | { name: 'contact'; agency: AgencyId }
  | { name: 'feedback'; text: string }
  | { name: 'critical'; learningPoint: string }
  | { name: 'pin'; place: PinPlace };

export type TagName = Tag['name'];

/**
 * The tables of docs/authoring.md: on a line of text, on the beat that leads to a set of
 * choices (a line too, as far as Ink is concerned), or inside a choice's brackets.
 */
export type TagSection = 'line' | 'decision' | 'choice';

/** One way a tag is written, as the docs list it. Markdown in `value` and `meaning`. */
export interface TagUse {
  section: TagSection;
  value: string;
  meaning: string;
  /** The tag as written after `#`; the table's tests parse it. */
  example: string;
}

export interface TagSpec<N extends TagName> {
  /** One per section of the docs it is listed in: `lp` and `real` have two. */
  uses: readonly TagUse[];
  /** The value may be left out (`# real`). */
  optionalValue?: true;
  /** The tag read from its (trimmed, non-empty unless optional) value, or what is wrong with it. */
  parse: (value: string) => Extract<Tag, { name: N }> | string;
}

/** In the order the docs list them (and the parser names them when a tag is unknown). */
export const TAG_TABLE: { readonly [N in TagName]: TagSpec<N> } = {
  speaker: {
    uses: [
      {
        section: 'line',
        value: 'a name',
        meaning: 'who says this line; no tag means narration',
        example: 'speaker: Dana Whitlock (midwife)',
      },
    ],
    parse: (value) => ({ name: 'speaker', value }),
  },
  role: {
    uses: [
      {
        section: 'line',
        value: "the learner's role",
        meaning: "the learner's role from this point on; shown on screen at all times",
        example: 'role: Health visitor',
      },
    ],
    parse: (value) => ({ name: 'role', value }),
  },
  episode: {
    uses: [
      {
        section: 'line',
        value: '`N; Title`',
        meaning:
          'starts episode N (1, 2, 3… in order). Put it on the first line of the knot that opens the episode, so a trainer can jump to it',
        example: 'episode: 2; Discharge from hospital',
      },
    ],
    parse: (value) => {
      const fields = twoFields(value);
      const num = fields ? Number(fields[0]) : NaN;
      if (!fields || !Number.isInteger(num) || num < 1) {
        return `episode must be 'N; Title' with N a whole number from 1, got '${value}'`;
      }
      return { name: 'episode', number: num, title: fields[1] };
    },
  },
  when: {
    uses: [
      {
        section: 'line',
        value: 'free text',
        meaning: "the time in the child's life; shown with the episode",
        example: 'when: March 2016 — Kayla is 3 weeks old',
      },
    ],
    parse: (value) => ({ name: 'when', value }),
  },
  scene: {
    uses: [
      {
        section: 'line',
        value: 'one of the scenes below',
        meaning: 'the backdrop from this point on',
        example: 'scene: meeting-room',
      },
    ],
    parse: (value) =>
      isScene(value)
        ? { name: 'scene', scene: value }
        : `unknown scene '${value}' (scenes: ${Object.keys(SCENES).join(', ')})`,
  },
  sound: {
    uses: [
      {
        section: 'line',
        value: 'one of the sound cues below',
        meaning: 'a sound cue (never the only way something is conveyed)',
        example: 'sound: phone',
      },
    ],
    parse: (value) =>
      isSound(value) ? { name: 'sound', sound: value } : `unknown sound '${value}' (sounds: ${SOUNDS.join(', ')})`,
  },
  chrono: {
    uses: [
      {
        section: 'line',
        value: '`date / when; what`',
        meaning:
          'an entry the learner adds to the case chronology. `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and puts the entry in order; `when` is the time as the learner reads it (see [The chronology](#the-chronology))',
        example: 'chrono: 2014-08-15 / 15 August 2014; Interim care order',
      },
    ],
    parse: chronoTag,
  },
  info: {
    uses: [
      {
        section: 'line',
        value: '`agency; what it holds`',
        meaning:
          'information an agency holds, revealed to the learner now (put it on the lines that follow a contact choice)',
        example: 'info: gp; Two immunisations missed this year',
      },
    ],
    parse: (value) => {
      const fields = twoFields(value);
      if (!fields) return `info must be 'agency; what it holds', got '${value}'`;
      if (!isAgency(fields[0])) return unknownAgency(fields[0]);
      return { name: 'info', agency: fields[0], text: fields[1] };
    },
  },
  lp: {
    uses: [
      {
        section: 'line',
        value: '`learning-point-id +N` or `-N`',
        meaning:
          'credit or debit on a learning point, applied when the line is shown (use it for consequences carried by variables, e.g. citing what you learnt earlier)',
        example: 'lp: s-ask-others +1',
      },
      {
        section: 'choice',
        value: '`learning-point-id +N` / `-N`',
        meaning: 'credit or debit on a learning point when chosen (repeatable)',
        example: 'lp: s-see-the-child -1',
      },
    ],
    parse: lpTag,
  },
  ending: {
    uses: [
      {
        section: 'line',
        value: '`id; Title`',
        meaning: 'this is an ending; the story must reach `-> END` after it without further choices',
        example: 'ending: acted; The risk was seen',
      },
    ],
    parse: (value) => {
      const fields = twoFields(value);
      if (!fields || !ID.test(fields[0])) return `ending must be 'id; Title' with a lower-case id, got '${value}'`;
      return { name: 'ending', id: fields[0], title: fields[1] };
    },
  },
  decision: {
    uses: [
      {
        section: 'decision',
        value: '`id; kinds`',
        meaning:
          'names the decision point. `id` is unique in the scenario; `kinds` is one or more of `contact`, `challenge`, `disguised` joined with `+` (e.g. `challenge+disguised`)',
        example: 'decision: d1-plan; challenge+disguised',
      },
    ],
    parse: decisionTag,
  },
  note: {
    uses: [
      {
        section: 'decision',
        value: 'text',
        meaning: 'facilitator note for the trainer console',
        example: 'note: Each contact costs time. Ask the room whom they would call first.',
      },
    ],
    parse: (value) => ({ name: 'note', text: value }),
  },
  prompt: {
    uses: [
      {
        section: 'decision',
        value: 'text',
        meaning: 'discussion prompt for a facilitated session',
        example: 'prompt: Which agency holds the piece you are missing?',
      },
    ],
    parse: (value) => ({ name: 'prompt', text: value }),
  },
  real: {
    uses: [
      {
        section: 'decision',
        value: 'text',
        meaning:
          "what the practitioners in the real case did at this point (debrief: your path beside the real case's)",
        example: 'real: Closure was agreed at the meeting.',
      },
      {
        section: 'choice',
        value: '(no value)',
        meaning: 'this is the option the real case took',
        example: 'real',
      },
    ],
    optionalValue: true,
    parse: (value) => ({ name: 'real', text: value || null }),
  },
  contact: {
    uses: [
      {
        section: 'choice',
        value: 'an agency id (below)',
        meaning:
          'the option contacts this agency; the agency map lights it and clicking it on the map makes this choice',
        example: 'contact: drug-service',
      },
    ],
    parse: (value) => (isAgency(value) ? { name: 'contact', agency: value } : unknownAgency(value)),
  },
  feedback: {
    uses: [
      {
        section: 'choice',
        value: 'text',
        meaning: 'one or two sentences shown in reflect-as-you-go mode; specific, naming the learning point',
        example: 'feedback: Seeing the child is the point of the visit (see the child).',
      },
    ],
    parse: (value) => ({ name: 'feedback', text: value }),
  },
  critical: {
    uses: [
      {
        section: 'choice',
        value: '`learning-point-id`',
        meaning: 'this option is the act the learning point teaches (repeatable; see Scoring)',
        example: 'critical: s-see-the-child',
      },
    ],
    parse: (value) =>
      ID.test(value)
        ? { name: 'critical', learningPoint: value }
        : `critical must name a learning point id, got '${value}'`,
  },
  pin: {
    uses: [
      {
        section: 'choice',
        value: '`first` or `last`',
        meaning: 'keep this option in that place when options are shuffled (e.g. "go ahead with what you have" last)',
        example: 'pin: last',
      },
    ],
    parse: (value) =>
      value === 'first' || value === 'last'
        ? { name: 'pin', place: value }
        : `pin must be 'first' or 'last', got '${value}'`,
  },
};
