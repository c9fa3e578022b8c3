import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseQuiz } from '../../src/engine/quiz-schema.ts';
import { parseScenarioMeta } from '../../src/engine/scenario-schema.ts';
import { SCHEMAS, jsonSchemaText, schemaFile } from '../../tools/schemas.ts';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const stories = readdirSync('stories', { withFileTypes: true }).filter((d) => d.isDirectory());
const ajv = new Ajv({ allErrors: true, strict: false });
const editorCheck = (name: string) => ajv.compile(readJson(schemaFile(name)));

describe('the JSON Schemas in docs/schemas', () => {
  it.each(Object.keys(SCHEMAS))('%s is what npm run schemas writes from the code', (name) => {
    expect(readFileSync(schemaFile(name), 'utf8')).toBe(jsonSchemaText(name));
  });

  it.each(stories.map((d) => d.name))('every file of %s names its schema and passes it', (id) => {
    for (const name of ['scenario', 'quiz', 'playthroughs']) {
      const file = path.join('stories', id, `${name}.json`);
      const json = readJson(file);
      expect(json.$schema, file).toBe(`../../${schemaFile(name)}`);
      const check = editorCheck(name);
      expect(check(json), `${file}: ${ajv.errorsText(check.errors)}`).toBe(true);
    }
  });
});

describe('validating what authors write', () => {
  const meta = readJson('stories/sample/scenario.json');
  const quiz = readJson('stories/sample/quiz.json') as { pre: { answer: number; options: string[] }[] };
  const points = (meta.learningPoints as { id: string }[]).map((lp) => lp.id);

  it('reads the sample as written, without the $schema line', () => {
    const read = parseScenarioMeta(meta, 'sample');
    expect(read.problems).toEqual([]);
    expect(read.meta).not.toHaveProperty('$schema');
    expect(parseQuiz(quiz, points).quiz).not.toHaveProperty('$schema');
  });

  it('catches a quiz answer that is not one of the options', () => {
    const wrong = structuredClone(quiz);
    wrong.pre[2]!.answer = wrong.pre[2]!.options.length;
    const read = parseQuiz(wrong, points);
    expect(read.quiz).toBeNull();
    expect(read.problems).toEqual([
      expect.stringMatching(new RegExp(`^pre\\[2\\] .*answer ${wrong.pre[2]!.options.length} is not one of the`)),
    ]);
  });

  it('says where scenario.json is wrong and what the ids must match', () => {
    const broken = structuredClone(meta) as { learningPoints: Record<string, unknown>[]; minutes: unknown };
    broken.minutes = 0;
    expect(parseScenarioMeta(broken, 'sample').problems).toEqual(['minutes: minutes must be a positive number']);
    const crossed = structuredClone(meta) as { learningPoints: Record<string, unknown>[] };
    crossed.learningPoints[1]!.theme = 'no-such-theme';
    expect(parseScenarioMeta(crossed, 'elsewhere').problems).toEqual([
      "'id' is 'sample' but the folder is 'elsewhere'",
      expect.stringMatching(/^learningPoints\[1\] .*theme 'no-such-theme' is not one of 'themes'/),
    ]);
  });
});
