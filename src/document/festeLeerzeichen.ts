/**
 * Non-breaking spaces between a number and its unit ("4,6 %", "1.200 €", "0,2 Pp."), after a sign ("+ 3,8 %")
 * and after the section sign ("§ 16a", "§§ 16a"), so that a line never breaks between them. Applied
 * to every run of the documents (text.ts `laeufe`, the report's cells).
 */

export const NBSP = '\u00a0';

/** "4,6 %" → "4,6\u00a0%", "1.200 €" → "1.200\u00a0€", "0,2 Pp." → "0,2\u00a0Pp.", "§ 16a" → "§\u00a016a"; other spaces stay. */
export function fest(text: string): string {
  return text
    .replace(/(\d) (%|€|Pp\.)/g, `$1${NBSP}$2`)
    .replace(/([+\-±]) (\d)/g, `$1${NBSP}$2`)
    .replace(/(§§?) (?=\S)/g, `$1${NBSP}`);
}
