/** The media type of an Excel workbook, for download links (kept apart from the writer, which pages need not load). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
