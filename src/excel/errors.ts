/** What went wrong in Excel, in a form the task pane can explain and fold away. */
export interface ExcelFailure {
  /** OfficeExtension.Error code (e.g. "ItemNotFound"), or "Unknown" */
  code: string;
  /** the host's own message (English or the Office language) */
  message: string;
  /** where the host failed, e.g. "Worksheet.getItem" */
  location: string;
}

export function describeFailure(error: unknown): ExcelFailure {
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; message?: unknown; debugInfo?: { code?: unknown; errorLocation?: unknown; message?: unknown } };
    const code = typeof e.code === 'string' ? e.code : typeof e.debugInfo?.code === 'string' ? e.debugInfo.code : 'Unknown';
    const message = typeof e.message === 'string' ? e.message : String(error);
    const location = typeof e.debugInfo?.errorLocation === 'string' ? e.debugInfo.errorLocation : '';
    return { code, message, location };
  }
  return { code: 'Unknown', message: String(error), location: '' };
}
