import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/load-config.ts';

/**
 * A count in a text people read has its digits grouped: `${p.customers}人` prints 「2357人」, which
 * reads as a typo next to 「2,357円」. This finds template literals whose number-typed
 * placeholder is followed by a count word (人, 件, 枚, 回, 種類, "customers", "rows", …), using the
 * type checker, so a parameter already formatted as a string passes and a raw number fails.
 */
const countWord =
  /^(?:人|件|枚|回|種類|社| ?(?:customers?|photos?|purchases?|orders?|people|buyers?|responders?|contacts|times|rows|simulations|members)\b)/u;

function findUngroupedCounts(files: readonly string[]): string[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const found: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`not compiled: ${file}`);
    const visit = (node: ts.Node): void => {
      if (ts.isTemplateSpan(node) && countWord.test(node.literal.text)) {
        const type = checker.getTypeAtLocation(node.expression);
        if (type.flags & ts.TypeFlags.NumberLike) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          found.push(
            `${path.relative(projectRoot, file)}:${line + 1}: \${${node.expression.getText()}}${node.literal.text.slice(0, 12)}`,
          );
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`));
}

describe('counts in texts people read have grouped digits', () => {
  it('no template in src/ puts a raw number before a count word (use groupDigits from src/core/format)', () => {
    const files = sourceFiles(path.join(projectRoot, 'src'));
    expect(files.length).toBeGreaterThan(50);
    expect(findUngroupedCounts(files)).toEqual([]);
  }, 120_000);

  it('catches a raw count in either language and leaves grouped, preformatted and non-count numbers alone', () => {
    const probe = path.join(projectRoot, 'test/lint/fixtures/ungrouped-counts.ts.txt');
    // The compiler only reads .ts files: the probe is kept as .txt so that tsc and Biome skip it.
    const copy = path.join(mkdtempSync(path.join(os.tmpdir(), 'grouped-counts-')), 'probe.ts');
    copyFileSync(probe, copy);
    expect(findUngroupedCounts([copy]).map((finding) => finding.replace(/^.*?: /, ''))).toEqual([
      '${p.customers}人の顧客',
      '${p.rows} rows.',
    ]);
  });
});
