/** Jest project "ExcelApi 1.7": the simulated host of every test/excel suite at the manifest's minimum. */
process.env.TONGKET_EXCEL_API = '1.7';
