/**
 * Rewrites a formula as written through the API into what HyperFormula evaluates: structured
 * references and defined names become absolute A1 references, TRUE/FALSE become calls.
 * Formulas are translated at evaluation time, so tables that grew are seen at their new size.
 */
import { absoluteAddress } from '../addressing';
import { simError } from '../errors';
import type { NamedItemModel } from '../model/names';
import type { SheetModel } from '../model/sheet';
import type { TableModel } from '../model/table';
import { Token, tokenize, untokenize } from './scanner';
import { fileForm, parseStructured, resolveStructured } from './structuredRefs';

export interface FormulaScope {
  table(name: string): TableModel | undefined;
  tableAt(sheet: SheetModel, row: number, col: number): TableModel | undefined;
  name(name: string): NamedItemModel | undefined;
}

export interface FormulaSite {
  sheet: SheetModel;
  row: number;
  col: number;
}

function tableOf(token: Extract<Token, { kind: 'structured' }>, scope: FormulaScope, site: FormulaSite): TableModel | undefined {
  return token.table === null ? scope.tableAt(site.sheet, site.row, site.col) : scope.table(token.table);
}

/**
 * @param strict when true (a formula being written), unknown tables/columns and malformed
 * references throw InvalidArgument as Excel rejects such a formula; when false (evaluation)
 * they become #REF!.
 */
export function toEvaluable(formula: string, scope: FormulaScope, site: FormulaSite, strict: boolean): string {
  const tokens = tokenize(formula).map((token): Token => {
    if (token.kind === 'structured') {
      try {
        const table = tableOf(token, scope, site);
        if (!table) {
          throw simError(
            'InvalidArgument',
            token.table === null
              ? `"${token.text}" is used outside a table in ${formula}.`
              : `There is no table named "${token.table}" (formula ${formula}).`,
          );
        }
        const resolution = resolveStructured(table, parseStructured(token.inner, formula), site, formula);
        const text = resolution.rect ? absoluteAddress(table.sheet.name, resolution.rect) : (resolution.error ?? '#REF!');
        return { kind: 'text', text };
      } catch (error) {
        if (strict) throw error;
        return { kind: 'text', text: '#REF!' };
      }
    }
    if (token.kind === 'name') {
      const upper = token.text.toUpperCase();
      if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'text', text: `${upper}()` };
      const named = scope.name(token.text);
      if (named?.target) return { kind: 'text', text: absoluteAddress(named.target.sheet.name, named.target.rect) };
      if (named?.constantFormula) return { kind: 'text', text: `(${named.constantFormula.replace(/^=/, '')})` };
    }
    return token;
  });
  return untokenize(tokens);
}

/** The form .xlsx files store: every structured reference qualified, "[@H]" spelled out. */
export function toFileForm(formula: string, scope: FormulaScope, site: FormulaSite): string {
  const tokens = tokenize(formula).map((token): Token => {
    if (token.kind !== 'structured') return token;
    const table = tableOf(token, scope, site);
    if (!table) return token;
    try {
      return { kind: 'text', text: fileForm(table, parseStructured(token.inner, formula)) };
    } catch {
      return token;
    }
  });
  return untokenize(tokens);
}
