import type { Msg } from '../messages';
import type { WorkbookSnapshot } from '../snapshot';
import type { UnitReport } from './unitReport';

/** A workbook the clerk chose in the pane, as read from its bytes, or why it cannot be read. */
export type ChosenWorkbook = { ok: true; snapshot: WorkbookSnapshot } | { ok: false; problem: Msg };

/** A unit's workbook chosen for "Gộp sổ đơn vị", or why it cannot be read. */
export type ChosenUnit = { ok: true; unit: UnitReport } | { ok: false; problem: Msg };
