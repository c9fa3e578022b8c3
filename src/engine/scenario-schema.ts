/**
 * Schema of scenario.json (build time and checker only: keeps valibot out of the player).
 * docs/schemas/scenario.schema.json is generated from it (`npm run schemas`).
 */
import * as v from 'valibot';
import type { ScenarioMeta } from './scenario.ts';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const text = (what: string) => v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} is empty`));
const id = (what: string) => v.pipe(v.string(), v.regex(ID, `${what} must be lower-case letters, digits and hyphens`));

const about = <S extends v.GenericSchema>(schema: S, description: string) => v.pipe(schema, v.description(description));

const SourceSchema = v.object({
  review: about(text('the source review'), 'the review, as named in the debrief'),
  section: about(text('the source section'), "the section of the review, e.g. '5.3' or 'Learning point 2'"),
});

const LearningPointSchema = v.object({
  id: about(id('a learning point id'), 'unique in the scenario; used by `# lp:` and `# critical:` tags'),
  title: text('the title'),
  summary: about(text('the summary'), 'what the review teaches, in a sentence or two, shown in the debrief'),
  theme: about(v.string(), "the id of one of the scenario's themes"),
  source: SourceSchema,
});

const ThemeSchema = v.object({ id: id('a theme id'), title: text('the title') });

const FamilyMemberSchema = v.object({
  id: about(id('a family member id'), 'unique in the family; used by unions'),
  name: about(text('the name'), 'the fictional name, exactly as the story uses it'),
  relation: about(text('the relation'), 'who they are to the child the scenario is about, e.g. "mother\'s partner"'),
  sex: about(v.picklist(['female', 'male', 'unknown']), 'drawn as a circle, a square or a diamond'),
  age: about(v.optional(text('the age')), 'age when the scenario starts, as written: "9", "14 months"'),
  household: about(v.boolean(), "lives in the child's household when the scenario starts"),
  focus: about(v.optional(v.boolean()), 'a child the scenario is about'),
});

const FamilyUnionSchema = v.object({
  partners: about(
    v.pipe(
      v.array(v.string()),
      v.minLength(1, 'a union has one or two partners'),
      v.maxLength(2, 'a union has one or two partners'),
    ),
    'member ids: a couple, or one parent whose partner is not known',
  ),
  status: v.picklist(['together', 'separated', 'on-and-off', 'unknown']),
  children: about(v.array(v.string()), 'member ids of their children'),
});

const FamilySchema = v.object({
  members: v.pipe(v.array(FamilyMemberSchema), v.minLength(1, 'family.members must list at least one member')),
  unions: v.array(FamilyUnionSchema),
});

export const ScenarioMetaSchema = v.object({
  id: about(id('the scenario id'), "the folder's name: lower-case letters, digits and hyphens"),
  title: text('the title'),
  synopsis: about(text('the synopsis'), 'a paragraph for the scenario list, without spoilers'),
  minutes: about(v.pipe(v.number(), v.minValue(1, 'minutes must be a positive number')), 'how long a play takes'),
  order: about(v.number(), 'place in the scenario list (lowest first)'),
  contentNote: about(text('the content note'), 'what the scenario deals with, shown before it starts'),
  support: about(text('the support text'), 'where a learner affected by the content can find support'),
  about: about(
    text('the about text'),
    'how the scenario relates to the real review (names fictionalised, what was added)',
  ),
  review: v.object({ title: text('the review title'), publisher: text('the publisher'), year: v.number() }),
  themes: v.pipe(v.array(ThemeSchema), v.minLength(1, 'themes must list at least one theme')),
  learningPoints: v.pipe(
    v.array(LearningPointSchema),
    v.minLength(1, 'learningPoints must list at least one learning point'),
  ),
  whatHappened: about(
    v.array(v.object({ text: text('the text'), source: v.string() })),
    'what the review records happened, each with its section: shown in the debrief',
  ),
  added: about(
    v.optional(v.array(v.object({ decision: v.string(), text: text('the text') }))),
    'decisions and events added for the scenario (not in the review), by decision id',
  ),
  family: about(v.optional(FamilySchema), "the fictional family, drawn as a genogram in the trainer's pack"),
});

function familyProblems(family: NonNullable<ScenarioMeta['family']>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  family.members.forEach((m, i) => {
    if (ids.has(m.id)) problems.push(`family.members[${i}] (${m.id}): duplicate id`);
    ids.add(m.id);
  });
  if (!family.members.some((m) => m.focus)) problems.push('family: no member is marked as a focus child');
  family.unions.forEach((u, i) => {
    for (const who of [...u.partners, ...u.children]) {
      if (!ids.has(who)) problems.push(`family.unions[${i}]: '${who}' is not one of family.members`);
    }
  });
  return problems;
}

/** What the schema cannot say: ids that must match each other. */
function crossProblems(meta: ScenarioMeta, folderId?: string): string[] {
  const problems: string[] = [];
  if (folderId && meta.id !== folderId) problems.push(`'id' is '${meta.id}' but the folder is '${folderId}'`);
  const themeIds = new Set(meta.themes.map((t) => t.id));
  const seen = new Set<string>();
  meta.learningPoints.forEach((lp, i) => {
    const at = `learningPoints[${i}] (${lp.id})`;
    if (seen.has(lp.id)) problems.push(`${at}: duplicate id`);
    seen.add(lp.id);
    if (!themeIds.has(lp.theme)) problems.push(`${at}: theme '${lp.theme}' is not one of 'themes'`);
  });
  if (meta.family) problems.push(...familyProblems(meta.family));
  return problems;
}

/** Reads scenario.json: the metadata, or readable problems (each with where it is). */
export function parseScenarioMeta(
  value: unknown,
  folderId?: string,
): { meta: ScenarioMeta; problems: [] } | { meta: null; problems: string[] } {
  const parsed = v.safeParse(ScenarioMetaSchema, value);
  if (!parsed.success) {
    return { meta: null, problems: parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`) };
  }
  const meta: ScenarioMeta = parsed.output; // the schema's output must be the player's type
  const problems = crossProblems(meta, folderId);
  return problems.length ? { meta: null, problems } : { meta, problems: [] };
}
