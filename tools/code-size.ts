/**
 * Files over 400 lines and functions over 80 lines in src/ (npm run size). Long code is
 * where the next reader gets lost; the report says where to split.
 *
 *   npx tsx tools/code-size.ts [--max-file 400] [--max-function 80]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface LongCode {
  file: string;
  name: string | null;
  lines: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

function functionName(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText();
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous)';
}

export function longCode(root: string, maxFile: number, maxFunction: number): LongCode[] {
  const found: LongCode[] = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n').length;
    if (lines > maxFile) found.push({ file, name: null, lines });
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        if (end - start + 1 > maxFunction) found.push({ file, name: functionName(node), lines: end - start + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found.sort((a, b) => b.lines - a.lines);
}

if (process.argv[1]?.endsWith('code-size.ts')) {
  const arg = (name: string, fallback: number) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const found = longCode('src', arg('--max-file', 400), arg('--max-function', 80));
  for (const f of found) console.log(`${f.lines}\t${f.file}${f.name ? ` ${f.name}()` : ''}`);
  if (!found.length) console.log('No file over the limit, and no function.');
}
