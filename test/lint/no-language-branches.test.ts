import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/load-config.ts';

/**
 * Texts people read are picked by language through catalogs (`translate`, `pick`, `localeOf` in
 * src/core/message-catalog.ts), so no sentence can be written in one language only. This finds the
 * ways around that: comparing a value with 'ja' or 'en' (`===`, `!==`, `==`, `!=`, either side) and
 * a boolean language flag (`pick(language, { ja: true, en: false })`) that then drives ternaries.
 */
function findLanguageBranches(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const isLanguage = (node: ts.Node): boolean =>
    ts.isStringLiteralLike(node) && (node.text === 'ja' || node.text === 'en');
  const comparisons = new Set([
    ts.SyntaxKind.EqualsEqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsEqualsToken,
    ts.SyntaxKind.EqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsToken,
  ]);
  const visit = (node: ts.Node): void => {
    const compares =
      ts.isBinaryExpression(node) &&
      comparisons.has(node.operatorToken.kind) &&
      (isLanguage(node.left) || isLanguage(node.right));
    const flag =
      ts.isObjectLiteralExpression(node) &&
      node.properties.some(
        (property) =>
          ts.isPropertyAssignment(property) &&
          ts.isIdentifier(property.name) &&
          property.name.text === 'ja' &&
          (property.initializer.kind === ts.SyntaxKind.TrueKeyword ||
            property.initializer.kind === ts.SyntaxKind.FalseKeyword),
      );
    if (compares || flag) {
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
    .filter((entry) => entry.isFile() && /\.(ts|mts)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`));
}

describe('no language branches outside the catalog helper', () => {
  it('no file in src/ compares with a language literal or keeps a ja/en boolean flag', () => {
    const helper = path.join(projectRoot, 'src/core/message-catalog.ts');
    const files = sourceFiles(path.join(projectRoot, 'src')).filter((file) => file !== helper);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(findLanguageBranches)).toEqual([]);
  });

  it('catches each shape of a language branch and leaves catalog entries alone', () => {
    const probe = path.join(projectRoot, 'test/lint/fixtures/language-branches.ts.txt');
    expect(findLanguageBranches(probe).map((finding) => finding.replace(/^.*?: /, ''))).toEqual([
      "language === 'ja'",
      'lang !== "en"',
      "'ja' == language",
      '{ ja: true, en: false }',
    ]);
  });
});
