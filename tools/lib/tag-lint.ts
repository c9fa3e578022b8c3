/**
 * Tag findings, read from the Ink source so that tags on paths the explorer never reaches
 * are checked too: tags that do not parse, tags placed where they mean nothing, learning
 * points and decision ids, and the chronology's dates.
 */
import path from 'node:path';
import { type Tag, type TagResult, CHOICE_ONLY_TAGS, LINE_ONLY_TAGS, parseTag } from '../../src/engine/tags.ts';
import type { ScenarioBuild } from './build-scenario.ts';
import { type ChronoSighting, chronoMismatches, chronoProblems } from './chrono-lint.ts';
import type { Finding } from './lint.ts';
import { type SourceTag, scanTags } from './scan-tags.ts';
import { lineOfId } from './source-places.ts';

export interface ReadTag {
  at: SourceTag;
  result: TagResult;
}

/** Every tag in the scenario's Ink files, parsed, in file and line order. */
export function readSourceTags(build: ScenarioBuild): ReadTag[] {
  return build.files
    .filter((f) => f.endsWith('.ink'))
    .flatMap((file) => {
      try {
        return scanTags(file);
      } catch {
        return [];
      }
    })
    .map((at) => ({ at, result: parseTag(at.raw) }));
}

function parsedTags(tags: readonly ReadTag[]): { at: SourceTag; tag: Tag }[] {
  return tags.flatMap(({ at, result }) => (result.ok ? [{ at, tag: result.tag }] : []));
}

function placementFindings(t: SourceTag, tag: Tag): Finding[] {
  const found: Finding[] = [];
  const where = { file: t.file, line: t.line };
  if (t.place === 'choice' && LINE_ONLY_TAGS.has(tag.name)) {
    const message = `'${tag.name}' on a choice has no effect there; put it on a line`;
    found.push({ severity: 'warning', code: 'tag-placement', message, ...where });
  }
  // A `real` with no value marks the option the real case took: it belongs on a choice.
  if (t.place !== 'choice' && (CHOICE_ONLY_TAGS.has(tag.name) || (tag.name === 'real' && tag.text === null))) {
    const message =
      t.place === 'after-choice'
        ? `'${tag.name}' after the closing ']' belongs to the text that follows, not the choice; move it inside the brackets`
        : `'${tag.name}' only means something on a choice`;
    found.push({ severity: 'warning', code: 'tag-placement', message, ...where });
  }
  return found;
}

/** `catalogue` is null for a bare Ink file, which has no learning points to check against. */
function unknownPointFindings(catalogue: ReadonlySet<string> | null, t: SourceTag, tag: Tag): Finding[] {
  const named = tag.name === 'lp' ? tag.effect.id : tag.name === 'critical' ? tag.learningPoint : null;
  if (!named || !catalogue || catalogue.has(named)) return [];
  const message = `unknown learning point '${named}' (not in scenario.json)`;
  return [{ severity: 'error', code: 'unknown-lp', message, file: t.file, line: t.line }];
}

type DecisionPlaces = Map<string, { file: string; line: number }>;

function duplicateDecisionFindings(t: SourceTag, tag: Tag, seenAt: DecisionPlaces): Finding[] {
  if (tag.name !== 'decision') return [];
  const seen = seenAt.get(tag.id);
  if (seen && (seen.file !== t.file || seen.line !== t.line)) {
    const message = `decision id '${tag.id}' is also used at ${path.basename(seen.file)}:${seen.line}`;
    return [{ severity: 'error', code: 'duplicate-decision', message, file: t.file, line: t.line }];
  }
  seenAt.set(tag.id, { file: t.file, line: t.line });
  return [];
}

/** Per tag, in source order: does it parse, is it in its place, are the ids it names known. */
export function tagFindings(build: ScenarioBuild, tags: readonly ReadTag[]): Finding[] {
  const catalogue = build.meta ? new Set(build.meta.learningPoints.map((lp) => lp.id)) : null;
  const decisions: DecisionPlaces = new Map();
  return tags.flatMap(({ at, result }): Finding[] => {
    if (!result.ok && result.unknown && build.plainInk) return [];
    if (!result.ok)
      return [{ severity: 'error', code: 'bad-tag', message: result.message, file: at.file, line: at.line }];
    return [
      ...placementFindings(at, result.tag),
      ...unknownPointFindings(catalogue, at, result.tag),
      ...duplicateDecisionFindings(at, result.tag, decisions),
    ];
  });
}

export function chronoFindings(build: ScenarioBuild, tags: readonly ReadTag[]): Finding[] {
  const chronos: ChronoSighting[] = parsedTags(tags).flatMap(({ at, tag }) =>
    tag.name === 'chrono' ? [{ file: at.file, line: at.line, tag }] : [],
  );
  return [
    ...chronoProblems(chronos, Boolean(build.meta)).map((p): Finding => ({ ...p, code: 'chrono-undated' })),
    ...chronoMismatches(chronos).map((p): Finding => ({ ...p, code: 'chrono-date-mismatch' })),
  ];
}

/** Learning points that no `lp` tag anywhere credits or debits. */
export function untouchedPointFindings(build: ScenarioBuild, tags: readonly ReadTag[]): Finding[] {
  const touched = new Set(parsedTags(tags).flatMap(({ tag }) => (tag.name === 'lp' ? [tag.effect.id] : [])));
  return (build.meta?.learningPoints ?? [])
    .filter((lp) => !touched.has(lp.id))
    .map((lp): Finding => ({
      severity: 'error',
      code: 'untouched-lp',
      message: `learning point '${lp.id}' is never credited or debited by any choice`,
      file: path.join(build.dir, 'scenario.json'),
      line: lineOfId(path.join(build.dir, 'scenario.json'), lp.id),
    }));
}
