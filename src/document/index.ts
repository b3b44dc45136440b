/**
 * The agreement builder: from the core's agreement model to .docx bytes. Free of Office, React and the
 * file system, so the task pane, the browser page and the command line all use it.
 *
 * The built-in layout (aufbau.ts) is composed per kind from one file per section:
 * - gE    (Kaiserslautern): title, Präambel, two signatures, I–III, Zielnachhaltung.
 * - gE-kT (Lörrach, Mettmann, Mansfeld-Südharz): as gE with three signers, the responsibility
 *         paragraph, the footnote on BA responsibility and section IV kommunale Ziele.
 * - zkT   (Emsland): title, I. Grundsätze, II. Rahmenbedingungen, III. Vereinbarungen with § 1–§ 3,
 *         signatures of Land and kommunaler Träger.
 * A document is the built-in template of its kind and year filled with its sections (vorlage/eingebaut.ts).
 */
import type { Vereinbarung } from '../model/vereinbarung';
import { erzeugeEingebaut } from './vorlage/eingebaut';

export { dateiname } from './dateiname';
export { dokumentName } from './parteien';
export { abschnitte, baueDokumentAus, beschreibung, dokumentTitel, type Abschnitt } from './aufbau';

/** Options of a document: `entwurf` for an agreement with error findings (a draft mark on every page). */
export interface DokumentOptionen {
  readonly entwurf?: boolean;
}

/** The .docx bytes of one agreement in the built-in layout. */
export async function erzeugeDokument(v: Vereinbarung, optionen: DokumentOptionen = {}): Promise<Uint8Array> {
  return erzeugeEingebaut(v, optionen.entwurf === true);
}
