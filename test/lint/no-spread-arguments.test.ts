import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/load-config.ts';

/**
 * `f(...values)` puts every element on the call stack: past ~120k elements (a big customer file) it
 * throws `RangeError: Maximum call stack size exceeded`. So no call in src/ or tools/ spreads its
 * arguments, and none passes an array through `.apply`; use loops, `reduce` or the helpers in
 * src/engine/statistics/extremes.ts and src/core/append-all.ts instead.
 */
function findSpreadCalls(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const isCall = ts.isCallExpression(node) || ts.isNewExpression(node);
    const spreads = isCall && (node.arguments ?? []).some((argument) => ts.isSpreadElement(argument));
    const applies =
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'apply' &&
      node.arguments.length === 2;
    if (spreads || applies) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${path.relative(projectRoot, file)}:${line + 1}: ${node.getText().slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|js|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`));
}

describe('no spread arguments', () => {
  it('no call in src/ or tools/ spreads an array into its arguments', () => {
    const files = [...sourceFiles(path.join(projectRoot, 'src')), ...sourceFiles(path.join(projectRoot, 'tools'))];
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(findSpreadCalls)).toEqual([]);
  });

  it('catches the shapes that overflow the stack', () => {
    const probe = path.join(projectRoot, 'test/lint/fixtures/spread-calls.ts.txt');
    expect(findSpreadCalls(probe).map((finding) => finding.replace(/^.*?:\d+: /, ''))).toEqual([
      'Math.max(...values)',
      'rows.push(...values.map((value) => value * 2))',
      'String.fromCharCode(...bytes)',
      'new Set(...groups)',
      'Math.min.apply(null, values)',
    ]);
  });
});
