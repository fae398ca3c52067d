import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../../src/config/load-config.ts';

/** One `new ToolInputError(…)` in src/: where, which code, and whether its reader text is a catalog's. */
export interface ToolInputThrowSite {
  where: string;
  /** The code literal, or for a pass-through (`error.code`) the code its guarding `if` compares with. */
  code: string | null;
  /** Every way the `readerMessage` can come out is a `translate(catalog.entry, …)` call. */
  readerFromCatalog: boolean;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`));
}

/** The values an expression can take, through parentheses and `a ? b : c`. */
function outcomes(node: ts.Expression): ts.Expression[] {
  if (ts.isParenthesizedExpression(node)) return outcomes(node.expression);
  if (ts.isConditionalExpression(node)) return [...outcomes(node.whenTrue), ...outcomes(node.whenFalse)];
  return [node];
}

const isCatalogText = (node: ts.Expression): boolean =>
  ts.isCallExpression(node) &&
  ts.isIdentifier(node.expression) &&
  node.expression.text === 'translate' &&
  node.arguments.length >= 2 &&
  outcomes(node.arguments[0]!).every((entry) => ts.isPropertyAccessExpression(entry));

function guardedCode(node: ts.Node): string | null {
  for (let parent = node.parent; parent; parent = parent.parent)
    if (ts.isIfStatement(parent)) {
      const compared = /\.code === '([A-Z_]+)'/u.exec(parent.expression.getText());
      if (compared) return compared[1]!;
    }
  return null;
}

/** Every `new ToolInputError(…)` under src/, read from the source (nothing runs). */
export function toolInputThrowSites(folder = path.join(projectRoot, 'src')): ToolInputThrowSite[] {
  const sites: ToolInputThrowSite[] = [];
  for (const file of sourceFiles(folder)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('new ToolInputError(')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'ToolInputError') {
        const [code, , , options] = node.arguments ?? [];
        const reader =
          options && ts.isObjectLiteralExpression(options)
            ? options.properties.find(
                (property): property is ts.PropertyAssignment =>
                  ts.isPropertyAssignment(property) &&
                  ts.isIdentifier(property.name) &&
                  property.name.text === 'readerMessage',
              )
            : undefined;
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        sites.push({
          where: `${path.relative(projectRoot, file)}:${line + 1}`,
          code: code && ts.isStringLiteralLike(code) ? code.text : guardedCode(node),
          readerFromCatalog: reader !== undefined && outcomes(reader.initializer).every(isCatalogText),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return sites;
}
