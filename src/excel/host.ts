import type { HostCapabilities } from '../domain/setup/planSetup';

/** The requirement sets the add-in can use on this Excel, detected once per call. */
export interface ExcelFeatures extends HostCapabilities {
  /** suspendApiCalculationUntilNextSync (ExcelApi 1.6) */
  suspendCalculation: boolean;
  /** range.getSpecialCells (ExcelApi 1.9): which cells hold formulas, without their text */
  specialCells: boolean;
  /** table.autoFilter (ExcelApi 1.9): whether a filter condition is applied */
  autoFilter?: boolean;
}

export function supportsExcelApi(version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
}

export function detectFeatures(): ExcelFeatures {
  return { dataValidation: supportsExcelApi('1.8'), suspendCalculation: supportsExcelApi('1.6'), specialCells: supportsExcelApi('1.9'), autoFilter: supportsExcelApi('1.9') };
}

/** What the task pane needs to know of its host before it renders. */
export interface HostInfo {
  /** running inside Excel (not a browser tab, not another Office application) */
  inExcel: boolean;
  /** Office's display language, e.g. "vi-VN" */
  displayLanguage: string;
  /** the Office theme's body background, e.g. "#262626", when Office gives one */
  bodyBackground: string | undefined;
}

/** Waits for Office.js, then says where the pane runs. Outside Office, office.js reports no host. */
export async function hostReady(): Promise<HostInfo> {
  const info = await Office.onReady();
  return {
    inExcel: info?.host === Office.HostType.Excel,
    displayLanguage: Office.context?.displayLanguage || 'vi-VN',
    bodyBackground: Office.context?.officeTheme?.bodyBackgroundColor,
  };
}
