import { describe, expect, it } from 'vitest';
import { toolInputErrorCodes } from '../../src/tools/takumi-tool.ts';
import { toolInputThrowSites } from '../support/tool-input-throw-sites.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A refusal of the model's arguments reaches a person too: the offline answer shows its
 * `readerMessage`. So every `new ToolInputError(…)` in src/ gives one, and every way it can come out
 * is a text from a `{ ja, en }` catalog (`translate(messages.x, language, …)`), never the model's
 * English message passed on. The compiler makes the field required; this checks where it comes from.
 */
describe('every ToolInputError has a reader text from a catalog', () => {
  const sites = toolInputThrowSites();

  it('finds the throw sites and the code of each, pass-throughs included', () => {
    expect(sites.length).toBeGreaterThan(15);
    expect(sites.filter((site) => site.code === null)).toEqual([]);
    for (const site of sites) expect(toolInputErrorCodes, site.where).toContain(site.code);
  });

  it('gives each throw site a readerMessage that is a catalog text in every branch', () => {
    expect(sites.filter((site) => !site.readerFromCatalog)).toEqual([]);
  });

  it('can fail: a missing reader text, a passed-on English message and an unguarded code are each caught', () => {
    const folder = makeTemporaryDirectory('takumi-reader-messages-');
    mkdirSync(path.join(folder, 'tool'));
    writeFileSync(
      path.join(folder, 'tool', 'run.ts'),
      [
        "throw new ToolInputError('TOOL_AB_COUNTS_REQUIRED', 'Pass all four counts.', {});",
        "throw new ToolInputError('TOOL_TERM_UNKNOWN', message, {}, { readerMessage: message });",
        "throw new ToolInputError('TOOL_SEGMENT_UNKNOWN', m, {}, { readerMessage: ok ? translate(a.b, l) : 'S9?' });",
        'throw new ToolInputError(error.code, error.message, error.details, { readerMessage: translate(a.b, l) });',
        "throw new ToolInputError('TOOL_ROI_NO_COST', m, {}, { readerMessage: translate(a.b, l) });",
      ].join('\n'),
    );
    expect(toolInputThrowSites(folder).map((site) => [site.code, site.readerFromCatalog])).toEqual([
      ['TOOL_AB_COUNTS_REQUIRED', false],
      ['TOOL_TERM_UNKNOWN', false],
      ['TOOL_SEGMENT_UNKNOWN', false],
      [null, true],
      ['TOOL_ROI_NO_COST', true],
    ]);
  });
});
