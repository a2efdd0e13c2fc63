/** Range.dataValidation (ExcelApi 1.8). */
import { containsRect, intersect } from '../addressing';
import { simError } from '../errors';
import { checkValidationRuleFormulas } from '../formulas/ruleFormulas';
import { checkValidationText } from '../limits';
import {
  ErrorAlert,
  Prompt,
  ValidationRule,
  ValidationSpec,
  clearValidation,
  patchValidation,
  ruleType,
} from '../model/validation';
import { PropTable, SimClientObject, defineProps } from './clientObject';
import type { RangeTarget } from './range';

const RULE_KINDS = ['wholeNumber', 'decimal', 'textLength', 'date', 'time', 'list', 'custom'];

/** The settings covering the whole range, null when cells differ, undefined when none. */
function coveringSpec(t: RangeTarget): ValidationSpec | null | undefined {
  const touching = t.sheet.validations.filter((v) => intersect(v.rect, t.rect));
  if (touching.length === 0) return undefined;
  const covering = touching.find((v) => containsRect(v.rect, t.rect));
  return covering && touching.length === 1 ? covering : null;
}

function checkRule(rule: unknown): ValidationRule {
  if (!rule || typeof rule !== 'object') throw simError('InvalidArgument', 'A data validation rule must be an object.');
  const kinds = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined && (rule as Record<string, unknown>)[k] !== null);
  if (kinds.length !== 1 || !RULE_KINDS.includes(kinds[0])) {
    throw simError('InvalidArgument', `A data validation rule needs exactly one of ${RULE_KINDS.join(', ')}.`);
  }
  const kind = kinds[0];
  const body = (rule as Record<string, Record<string, unknown>>)[kind];
  if (kind === 'list') {
    if (typeof body.source !== 'string' || body.source === '') throw simError('InvalidArgument', 'A list rule needs a source.');
    // an explicit list ("a,b,c") is limited; a reference or formula ("=…") is not
    if (!body.source.startsWith('=')) checkValidationText('listSource', body.source);
    return { list: { inCellDropDown: body.inCellDropDown !== false, source: body.source } };
  }
  if (kind === 'custom') {
    if (typeof body.formula !== 'string') throw simError('InvalidArgument', 'A custom rule needs a formula.');
    return { custom: { formula: body.formula } };
  }
  if (body.formula1 === undefined || body.formula1 === null || typeof body.operator !== 'string') {
    throw simError('InvalidArgument', `A ${kind} rule needs formula1 and operator.`);
  }
  if ((body.operator === 'Between' || body.operator === 'NotBetween') && (body.formula2 === undefined || body.formula2 === null)) {
    throw simError('InvalidArgument', `The ${body.operator} operator needs formula2.`);
  }
  const basic: Record<string, unknown> = { formula1: body.formula1, operator: body.operator };
  if (body.formula2 !== undefined && body.formula2 !== null) basic.formula2 = body.formula2;
  return { [kind]: basic } as ValidationRule;
}

function patch(self: SimClientObject<RangeTarget>, t: RangeTarget, change: (spec: ValidationSpec) => ValidationSpec): void {
  self._model.assertWritable(t.sheet, t.rect, 'format');
  t.sheet.validations = patchValidation(t.sheet.validations, t.rect, change);
}

export class SimDataValidation extends SimClientObject<RangeTarget> {
  get _className(): string {
    return 'DataValidation';
  }

  override _props(): PropTable<RangeTarget> {
    return VALIDATION_PROPS;
  }

  clear(): void {
    this._call('clear', [], (t) => {
      this._model.assertWritable(t.sheet, t.rect, 'format');
      t.sheet.validations = clearValidation(t.sheet.validations, t.rect);
    });
  }
}

const VALIDATION_PROPS: PropTable<RangeTarget> = {
  type: {
    get: (t) => {
      const spec = coveringSpec(t);
      return spec === undefined ? 'None' : spec === null ? 'Inconsistent' : ruleType(spec.rule);
    },
  },
  rule: {
    get: (t) => {
      const spec = coveringSpec(t);
      return spec === undefined ? {} : spec === null ? null : (spec.rule ?? {});
    },
    set: (t, v, self) => {
      const rule = checkRule(v);
      checkValidationRuleFormulas(self._model, t.sheet, t.rect.row, t.rect.col, rule);
      patch(self, t, (spec) => ({ ...spec, rule }));
    },
  },
  ignoreBlanks: {
    get: (t) => {
      const spec = coveringSpec(t);
      return spec === undefined ? true : spec === null ? null : spec.ignoreBlanks;
    },
    set: (t, v, self) => patch(self, t, (spec) => ({ ...spec, ignoreBlanks: !!v })),
  },
  errorAlert: {
    get: (t) => {
      const spec = coveringSpec(t);
      return spec === undefined ? { showAlert: true, style: 'Stop', title: '', message: '' } : spec === null ? null : spec.errorAlert;
    },
    set: (t, v, self) => {
      checkValidationText('validationTitle', (v as Partial<ErrorAlert>)?.title);
      checkValidationText('validationMessage', (v as Partial<ErrorAlert>)?.message);
      patch(self, t, (spec) => ({ ...spec, errorAlert: { ...spec.errorAlert, ...(v as Partial<ErrorAlert>) } }));
    },
  },
  prompt: {
    get: (t) => {
      const spec = coveringSpec(t);
      return spec === undefined ? { showPrompt: false, title: '', message: '' } : spec === null ? null : spec.prompt;
    },
    set: (t, v, self) => {
      checkValidationText('validationTitle', (v as Partial<Prompt>)?.title);
      checkValidationText('validationMessage', (v as Partial<Prompt>)?.message);
      patch(self, t, (spec) => ({ ...spec, prompt: { ...spec.prompt, ...(v as Partial<Prompt>) } }));
    },
  },
  valid: { get: () => true, notInLoadAll: true },
};

defineProps(SimDataValidation, VALIDATION_PROPS);
