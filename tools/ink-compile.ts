/** Compiles one Ink file and prints its diagnostics as `file:line: severity: message`. */
import { compileInk, formatDiagnostic } from './lib/compile-ink.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx tools/ink-compile.ts path/to/main.ink');
  process.exit(2);
}
const result = compileInk(file);
for (const d of result.diagnostics) console.log(formatDiagnostic(d));
if (result.json === null) {
  console.log('compilation failed');
  process.exit(1);
}
console.log(`compiled ${result.files.length} file(s), ${result.json.length} characters of JSON`);
