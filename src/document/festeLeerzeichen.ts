/**
 * Non-breaking spaces between a number and its unit ("4,6 %", "1.200 €"), so that a line never
 * breaks between them. Used by the sentences and rows of the further target forms.
 */

export const NBSP = '\u00a0';

/** "4,6 %" → "4,6\u00a0%", "1.200 €" → "1.200\u00a0€"; other spaces stay. */
export function fest(text: string): string {
  return text.replace(/(\d) (%|€)/g, `$1${NBSP}$2`).replace(/([+\-±]) (\d)/g, `$1${NBSP}$2`);
}
