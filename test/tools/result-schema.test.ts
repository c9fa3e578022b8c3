import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { resultJsonSchema } from '../../tools/result-schema.ts';

it('docs/result.schema.json matches the result schema in the code', () => {
  expect(readFileSync('docs/result.schema.json', 'utf8')).toBe(resultJsonSchema());
});
