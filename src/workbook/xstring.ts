import type ExcelJS from 'exceljs';

/**
 * Text in cells as Excel stores it (ST_Xstring): a character XML cannot carry (control
 * characters, U+FFFE, U+FFFF) and a carriage return (an XML parser turns it into a line
 * feed) are written `_xHHHH_`; a literal `_xHHHH_` typed by the user gets its underscore
 * escaped (`_x005F_x0041_`) so that no reader decodes it. exceljs decodes the escapes when
 * it reads shared strings but drops control characters on write and writes a literal
 * `_xHHHH_` as is: without this, a cell the user typed would change.
 */

const NEEDS_ESCAPE = /[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\x7F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
const ESCAPED = /[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\x7F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/** The text as it must appear in the XML (before XML entity escaping). */
export function escapeXstring(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPED, (ch) => `_x${hex4(ch.charCodeAt(0))}_`);
}

/** The stored form back to the text (what exceljs does for shared strings, both hex cases). */
export function unescapeXstring(stored: string): string {
  return stored.replace(/_x([0-9A-Fa-f]{4})_/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}

type Runs = { text: string }[];

function escapedRuns(runs: Runs): Runs | null {
  return runs.some((run) => escapeXstring(run.text) !== run.text) ? runs.map((run) => ({ ...run, text: escapeXstring(run.text) })) : null;
}

/** The value with its text in stored form, or null when nothing needs an escape. */
function escapedValue(value: ExcelJS.CellValue): ExcelJS.CellValue | null {
  if (typeof value === 'string') {
    const stored = escapeXstring(value);
    return stored === value ? null : stored;
  }
  if (typeof value !== 'object' || value === null || value instanceof Date) return null;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) {
    const runs = escapedRuns(v.richText as Runs);
    return runs ? ({ ...v, richText: runs } as unknown as ExcelJS.CellValue) : null;
  }
  // A formula's cached text result (`t="str"`) is stored the same way.
  if (('formula' in v || 'sharedFormula' in v) && typeof v.result === 'string') {
    const stored = escapeXstring(v.result);
    return stored === v.result ? null : ({ ...v, result: stored } as unknown as ExcelJS.CellValue);
  }
  return null;
}

type Note = ExcelJS.Cell['note'];

function escapedNote(note: Note): Note | null {
  if (typeof note === 'string') {
    const stored = escapeXstring(note);
    return stored === note ? null : stored;
  }
  if (!note || !Array.isArray(note.texts)) return null;
  const runs = escapedRuns(note.texts);
  return runs ? ({ ...note, texts: runs } as Note) : null;
}

/**
 * Replaces, in the exceljs model, every text needing an escape (cell values, formulas'
 * text results, notes) with its stored form, and returns how to put the typed text back
 * once the package is written.
 */
export function escapeCellTexts(workbook: ExcelJS.Workbook): () => void {
  const undo: (() => void)[] = [];
  workbook.eachSheet((worksheet) => {
    worksheet.eachRow((row) => {
      row.eachCell((cell) => {
        const value = cell.value;
        const stored = escapedValue(value);
        if (stored !== null) {
          cell.value = stored;
          undo.push(() => (cell.value = value));
        }
        const note = cell.note;
        const storedNote = note ? escapedNote(note) : null;
        if (storedNote) {
          cell.note = storedNote;
          undo.push(() => (cell.note = note));
        }
      });
    });
  });
  return () => {
    for (const step of undo.reverse()) step();
  };
}
