/** Writes docs/result.schema.json (JSON Schema of the result record) from the valibot schema. */
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ResultSchema } from '../src/engine/result.ts';

export function resultJsonSchema(): string {
  const schema = toJsonSchema(ResultSchema, { errorMode: 'ignore' });
  return `${JSON.stringify({ ...schema, title: 'Safeguarding Practice Simulator result record' }, null, 2)}\n`;
}

if (process.argv[1]?.endsWith('result-schema.ts')) {
  writeFileSync('docs/result.schema.json', resultJsonSchema());
  console.log('wrote docs/result.schema.json');
}
