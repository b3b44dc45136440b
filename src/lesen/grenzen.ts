/**
 * The input size limit, shared by every front end that reads a workbook file (the command line and
 * the browser page): the same limit and the same German sentence. Pure (no fs, no DOM).
 */

/** The largest workbook read (a planning workbook, even a ZV_Liste of all 405 Jobcenter, is far smaller). */
export const GROESSTE_DATEI = 50 * 1024 * 1024;

/** Whether a file of `bytes` bytes is over the limit (and so is not read). */
export function istZuGross(bytes: number): boolean {
  return bytes > GROESSTE_DATEI;
}

/** The one German sentence for a file over the limit; `name` is the file as the user named it. */
export function zuGrossMeldung(name: string): string {
  return `Die Datei „${name}“ ist größer als ${GROESSTE_DATEI / 1024 / 1024} MB und wird nicht gelesen; eine Planungsmappe ist viel kleiner. Prüfen Sie, ob Sie die richtige Datei gewählt haben.`;
}
