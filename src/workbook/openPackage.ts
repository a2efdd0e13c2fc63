import JSZip from 'jszip';
import { loadPackage, PackageError, type LoadedWorkbook } from './loadPackage';

export { PackageError, type LoadedWorkbook };

/**
 * Opens an .xlsx package from its bytes, with no file system (a file the clerk chose in the
 * task pane); the steps after opening are the command line's (see loadPackage.ts).
 */
export async function openPackage(bytes: Uint8Array | ArrayBuffer): Promise<LoadedWorkbook> {
  let zip: JSZip;
  try {
    // jszip works in the browser (the command line reads with zlib, see file.ts); it checks
    // each part's CRC, as the command line's reader does, only when asked.
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (error) {
    throw new PackageError('corrupt', error);
  }
  return loadPackage(zip, async (workbook) => {
    const withoutTables = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    await workbook.xlsx.load(withoutTables as unknown as ArrayBuffer);
  });
}
