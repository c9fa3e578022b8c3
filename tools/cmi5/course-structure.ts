/**
 * cmi5.xml, the course structure of a cmi5 package (cmi5 section 13): the course, then one
 * AU per scenario, each launching the built index.html with
 * `?cmi5=1&scenario=<id>&pass=<0–100>` (the LMS adds its own launch parameters to these).
 */
import { xmlEscape } from '../scorm/manifest.ts';
import { cmi5AuId, cmi5CourseId } from './ids.ts';

export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';
/** The language of every title and description. */
export const CMI5_LANGUAGE = 'en-GB';

export interface CourseScenario {
  id: string;
  title: string;
  /** The scenario's synopsis (scenario.json), its AU's description; the title when absent. */
  synopsis?: string;
}

export interface CourseStructureInput {
  /** The package's name: a scenario id, or `all-scenarios`; names the course's id. */
  name: string;
  title: string;
  description: string;
  scenarios: CourseScenario[];
  /** 0..1 */
  passMark: number;
}

export type Cmi5MoveOn = 'Completed' | 'CompletedAndPassed';

/** The pass mark as cmi5's masteryScore: a decimal from 0 to 1 with at most 4 places. */
export function masteryScore(passMark: number): number {
  if (!(passMark >= 0 && passMark <= 1)) throw new RangeError(`pass mark ${passMark} is not within 0..1`);
  return Number(passMark.toFixed(4));
}

/** With a pass mark the LMS waits for both completed and passed; without one, completed alone. */
export function moveOn(passMark: number): Cmi5MoveOn {
  return masteryScore(passMark) > 0 ? 'CompletedAndPassed' : 'Completed';
}

/** The AU's launch address, relative to cmi5.xml; `pass` is the masteryScore in percent. */
export function auUrl(scenarioId: string, passMark: number): string {
  const query = new URLSearchParams({
    cmi5: '1',
    scenario: scenarioId,
    pass: String(Number((masteryScore(passMark) * 100).toFixed(2))),
  });
  return `index.html?${query.toString()}`;
}

function text(element: 'title' | 'description', value: string, indent: string): string {
  return (
    `${indent}<${element}>\n` +
    `${indent}  <langstring lang="${CMI5_LANGUAGE}">${xmlEscape(value)}</langstring>\n` +
    `${indent}</${element}>`
  );
}

export function buildCourseStructure(input: CourseStructureInput): string {
  if (!input.scenarios.length) throw new Error('a course needs at least one scenario');
  const ids = input.scenarios.map((s) => cmi5AuId(s.id));
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length) throw new Error(`an AU id must be unique within the course: ${[...new Set(twice)].join(', ')}`);
  const mastery = masteryScore(input.passMark);
  const aus = input.scenarios
    .map(
      (s, i) =>
        `  <au id="${xmlEscape(ids[i]!)}" moveOn="${moveOn(input.passMark)}" masteryScore="${mastery}" launchMethod="AnyWindow">\n` +
        `${text('title', s.title, '    ')}\n` +
        `${text('description', s.synopsis?.trim() || s.title, '    ')}\n` +
        `    <url>${xmlEscape(auUrl(s.id, input.passMark))}</url>\n` +
        `  </au>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="${CMI5_NAMESPACE}">
  <course id="${xmlEscape(cmi5CourseId(input.name))}">
${text('title', input.title, '    ')}
${text('description', input.description, '    ')}
  </course>
${aus}
</courseStructure>
`;
}
