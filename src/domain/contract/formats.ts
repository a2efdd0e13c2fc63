/** Excel number format codes (English form, as the API requires whatever the locale). */
export const NUMBER_FORMAT = {
  text: '@',
  general: 'General',
  integer: '#,##0',
  decimal: '#,##0.00',
  days: '#,##0.0',
  money: '#,##0',
  rate: '0.00%',
  date: 'dd/mm/yyyy',
} as const;
