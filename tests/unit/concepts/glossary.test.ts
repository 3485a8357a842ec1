import { describe, expect, test } from 'vitest';
import { parseGlossary, readGlossary } from '../../../scripts/io/read-glossary.js';
import { SourceError } from '../../../scripts/util/errors.js';

const entry = (extra = '') => `  - id: liang-xue-yi-zuo
    term: 两学一做
    category: 学习教育
    definition:
      text: 学党章党规、学系列讲话，做合格党员。
      editorial: true
${extra}`;

/** The SourceError a glossary text raises (fails the test when it parses). */
function errorOf(text: string): SourceError {
  try {
    parseGlossary(text, 'content/concepts.yaml');
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError');
}

describe('glossary (content/concepts.yaml) validation names file and line', () => {
  test('the real glossary is valid and holds at least 80 concepts', () => {
    expect(readGlossary('content/concepts.yaml').concepts.length).toBeGreaterThanOrEqual(80);
  });

  test('a missing category points at the entry', () => {
    const e = errorOf(`concepts:\n  - id: a\n    term: 甲乙\n    definition: { text: 定义, editorial: true }\n`);
    expect(e.message).toMatch(/^content\/concepts\.yaml:2: /);
    expect(e.detail).toContain('missing field "category"');
  });

  test('an unknown field points at its own line', () => {
    const e = errorOf(`concepts:\n${entry('    alias: [两学]\n')}`);
    expect(e.line).toBe(8);
    expect(e.detail).toContain('unknown field "alias"');
  });

  test('a definition with neither a source nor editorial: true is refused', () => {
    const e = errorOf(`concepts:\n  - id: a\n    term: 甲乙\n    category: 理论\n    definition:\n      text: 定义\n`);
    expect([5, 6]).toContain(e.line); // the definition block
    expect(e.detail).toMatch(/source: \{doc, contains\}.*editorial: true/);
  });

  test('a duplicate id names both lines', () => {
    const e = errorOf(`concepts:\n${entry()}${entry()}`);
    expect(e.line).toBe(8);
    expect(e.detail).toContain('duplicate id "liang-xue-yi-zuo" (first used at line 2)');
  });

  test('a form claimed by two concepts is refused', () => {
    const other = `  - id: other\n    term: 两学\n    aliases: [两学一做]\n    category: 理论\n    definition: { text: x, editorial: true }\n`;
    const e = errorOf(`concepts:\n${entry()}${other}`);
    expect(e.line).toBe(8);
    expect(e.detail).toContain('"两学一做" of "other" is already a term or alias of "liang-xue-yi-zuo"');
  });

  test('an expansion must say where it comes from, and a category must be known', () => {
    expect(errorOf(`concepts:\n${entry('    expansion: [学党章党规, 学系列讲话, 做合格党员]\n')}`).detail).toMatch(
      /expansionSource.*expansionEditorial/,
    );
    expect(
      errorOf(
        `concepts:\n  - id: a\n    term: 甲乙\n    category: 其他\n    definition: { text: x, editorial: true }\n`,
      ).detail,
    ).toContain('category must be one of');
  });

  test('bad YAML is reported with its line', () => {
    const e = errorOf('concepts:\n  - id: a\n    term: [unclosed\n');
    expect(e.detail).toMatch(/not valid YAML/);
    expect(e.line).toBeGreaterThanOrEqual(3);
  });
});
