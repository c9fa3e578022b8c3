/**
 * `npm run schemas`: writes the JSON Schemas in docs/schemas/ from the valibot schemas the
 * code validates with, so an editor checks scenario.json, quiz.json and playthroughs.json
 * as the author types (each file names its schema with `$schema`) and a result record can
 * be checked by anyone who reads it. A test fails when a committed schema is out of date.
 */
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { QuizSchema } from '../src/engine/quiz-schema.ts';
import { ResultSchema } from '../src/engine/result.ts';
import { ScenarioMetaSchema } from '../src/engine/scenario-schema.ts';
import { PlaythroughsSchema } from './lib/playthrough.ts';

export const SCHEMAS: Record<string, { title: string; schema: v.GenericSchema }> = {
  result: { title: 'Safeguarding Practice Simulator result record', schema: ResultSchema },
  scenario: { title: 'scenario.json: a scenario and its learning points', schema: ScenarioMetaSchema },
  quiz: { title: 'quiz.json: the pre-, post- and follow-up tests', schema: QuizSchema },
  playthroughs: { title: 'playthroughs.json: scripted paths the tests play', schema: PlaythroughsSchema },
};

export const schemaFile = (name: string) => `docs/schemas/${name}.schema.json`;

export function jsonSchemaText(name: string): string {
  const { title, schema } = SCHEMAS[name]!;
  return `${JSON.stringify({ ...toJsonSchema(schema, { errorMode: 'ignore' }), title }, null, 2)}\n`;
}

if (process.argv[1]?.endsWith('schemas.ts')) {
  for (const name of Object.keys(SCHEMAS)) {
    writeFileSync(schemaFile(name), jsonSchemaText(name));
    console.log(`wrote ${schemaFile(name)}`);
  }
}
