/**
 * A date-formatted number is a Date for exceljs, rounded to the millisecond: a date-time
 * typed in Excel (45000.123456789 — a fraction of a day) would come back as
 * 45000.12345679398 when the file is written again, and a domain reading it would see the
 * rounded number. exceljs converts through two functions of its `utils` module; wrapped here,
 * each Date it makes from a number carries the number it was read from, and is written back
 * as that very number as long as the Date was not changed.
 */
import { STORED_SERIAL, type StoredSerial } from './cellValue';

/* eslint-disable @typescript-eslint/no-require-imports -- exceljs's internal helpers have no types */
const utils = require('exceljs/lib/utils/utils') as {
  excelToDate(value: number, date1904?: boolean): Date;
  dateToExcel(date: Date, date1904?: boolean): number;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const excelToDate = utils.excelToDate;
const dateToExcel = utils.dateToExcel;

utils.excelToDate = function (value: number, date1904?: boolean): Date {
  const date = excelToDate(value, date1904);
  if (typeof value === 'number' && Number.isFinite(value)) {
    const stored: StoredSerial = { serial: value, date1904: date1904 === true, time: date.getTime() };
    Object.defineProperty(date, STORED_SERIAL, { value: stored });
  }
  return date;
};

utils.dateToExcel = function (date: Date, date1904?: boolean): number {
  const stored = (date as Date & { [STORED_SERIAL]?: StoredSerial })[STORED_SERIAL];
  if (stored && stored.date1904 === (date1904 === true) && stored.time === date.getTime()) return stored.serial;
  return dateToExcel(date, date1904);
};
