import { validateWorkbook, type Finding } from '../../../src/domain/validation';
import { buildSnapshot } from '../../helpers/snapshot';
import { CORPUS, RULE_IDS } from './corpus';
import type { ExpectedFinding } from './corpus/types';

function summary(f: Finding | ExpectedFinding) {
  return { severity: f.severity, sheet: f.sheet, cell: f.cell, rule: f.rule };
}

describe('bad-input corpus', () => {
  it('has at least 60 cases, each name unique', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  it.each(RULE_IDS.map((rule) => [rule]))('covers %s with a failing and a passing case', (rule) => {
    const failing = CORPUS.filter((c) => c.expected.some((f) => f.rule === rule));
    const passing = CORPUS.filter((c) => c.covers === rule && !c.expected.some((f) => f.rule === rule));
    expect(failing.length).toBeGreaterThan(0);
    expect(passing.length).toBeGreaterThan(0);
  });

  it('only names known rules', () => {
    for (const c of CORPUS) {
      expect(RULE_IDS).toContain(c.covers);
      for (const f of c.expected) expect(RULE_IDS).toContain(f.rule);
    }
  });

  describe.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
    const result = validateWorkbook(buildSnapshot(testCase.workbook), testCase.today ? { today: testCase.today } : {});

    it('produces exactly the expected findings, in reading order', () => {
      expect(result.findings.map(summary)).toEqual(testCase.expected.map(summary));
    });

    it('says what the case expects in message, suggestion and basis', () => {
      testCase.expected.forEach((expected, i) => {
        const actual = result.findings[i];
        for (const text of expected.message ?? []) expect(actual.message).toContain(text);
        for (const text of expected.notMessage ?? []) expect(actual.message).not.toContain(text);
        for (const text of expected.suggestion ?? []) expect(actual.suggestion).toContain(text);
        for (const text of expected.basis ?? []) expect(actual.basis).toContain(text);
      });
    });

    it('gives every finding a message, a suggestion and a basis', () => {
      for (const f of result.findings) {
        expect(f.message.length).toBeGreaterThan(10);
        expect(f.suggestion.length).toBeGreaterThan(5);
        expect(f.basis.length).toBeGreaterThan(5);
      }
    });

    if (testCase.ruleSet) {
      it('applies the expected rule set', () => {
        expect({ id: result.ruleSet.id, source: result.ruleSet.source }).toEqual(testCase.ruleSet);
      });
    }
  });
});
