// The built-in example workbook, bundled by webpack as a file of the same origin
// (`new URL(..., import.meta.url)` is webpack 5's asset syntax; no config rule needed).
// Plain JavaScript on purpose: TypeScript's CommonJS settings (jest, tsc --noEmit) reject import.meta.
export const beispielUrl = new URL('../../examples/Mettmann_2025_gE-kT.xlsx', import.meta.url).href;
export const beispielName = 'Mettmann_2025_gE-kT.xlsx';
