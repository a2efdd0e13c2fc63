import type { HostCapabilities } from '../domain/setup/planSetup';

/** The requirement sets the add-in can use on this Excel, detected once per call. */
export interface ExcelFeatures extends HostCapabilities {
  /** suspendApiCalculationUntilNextSync (ExcelApi 1.8) */
  suspendCalculation: boolean;
  /** charts (ExcelApi 1.1 has them; kept explicit for clarity) */
  charts: boolean;
}

export function supportsExcelApi(version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
}

export function detectFeatures(): ExcelFeatures {
  const v18 = supportsExcelApi('1.8');
  return { dataValidation: v18, suspendCalculation: v18, charts: supportsExcelApi('1.1') };
}

/** Office's display language, e.g. "vi-VN"; "vi-VN" when Office does not say. */
export function displayLanguage(): string {
  if (typeof Office === 'undefined') return 'vi-VN';
  return Office.context?.displayLanguage || 'vi-VN';
}
