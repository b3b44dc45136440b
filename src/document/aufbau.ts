/**
 * The built-in layout: the sections of an agreement, from the core's agreement model, as building
 * blocks (bausteine.ts), and the document they make with the built-in styles and page.
 *
 * Composed per kind from one function per section:
 * - gE    (Kaiserslautern): title, Präambel, two signatures, I–III, Zielnachhaltung.
 * - gE-kT (Lörrach, Mettmann, Mansfeld-Südharz): as gE with three signers, the responsibility
 *         paragraph, the footnote on BA responsibility and section IV kommunale Ziele.
 * - zkT   (Emsland): title, I. Grundsätze, II. Rahmenbedingungen, III. Vereinbarungen with § 1–§ 3,
 *         signatures of Land and kommunaler Träger.
 */
import {} from '../catalogue/felder';
import type { AbschnittName } from '../catalogue/vorlagenTags';
import { Document } from 'docx';
import { alsDocx, type Block } from './bausteine';
import type { Vereinbarung } from '../model/vereinbarung';
import { grundsaetze, titelZkt } from './grundsaetze';
import { kommunaleZiele } from './kommunaleZiele';
import { lokaleZiele } from './lokaleZiele';
import { monitoring } from './monitoring';
import { dokumentName, jahrText } from './parteien';
import { praeambel } from './praeambel';
import { rahmenbedingungen } from './rahmenbedingungen';
import { EXTERNE_STILE, seite, stile } from './stil';
import { bereinige } from './text';
import { titel } from './titel';
import { unterschriften } from './unterschriften';
import { verantwortung } from './verantwortung';
import { verpflichtung } from './verpflichtung';
import { weitereZiele } from './weitereZiele';
import { ziele } from './ziele';
import { zielnachhaltung } from './zielnachhaltung';
import { zielnachhaltungZkt } from './zielnachhaltungZkt';
import { kennzahlenVerordnung, zieleProsa } from './zieleProsa';
import { ergaenzungszieleZkt } from './ergaenzungsziele';
import { zktNamen } from './zkt';

/** One section of the built-in layout, by its tag name (src/catalogue/vorlagenTags.ts). */
export interface Abschnitt {
  readonly name: AbschnittName;
  readonly bloecke: readonly Block[];
}

/** The sections of a gE or gE-kT agreement, in the built-in order. */
function abschnitteGe(v: Vereinbarung): Abschnitt[] {
  const mitTraeger = v.art === 'gE-kT';
  return [
    { name: 'ZV_Abschnitt_Titel', bloecke: titel(v) },
    { name: 'ZV_Abschnitt_Praeambel', bloecke: praeambel(v) },
    { name: 'ZV_Abschnitt_Unterschriften', bloecke: unterschriften(v) },
    ...(mitTraeger ? [{ name: 'ZV_Abschnitt_Verantwortung' as const, bloecke: verantwortung(v) }] : []),
    { name: 'ZV_Abschnitt_Ziele', bloecke: ziele(v) },
    { name: 'ZV_Abschnitt_Monitoring', bloecke: monitoring(v) },
    { name: 'ZV_Abschnitt_LokaleZiele', bloecke: lokaleZiele(v) },
    { name: 'ZV_Abschnitt_Zielnachhaltung', bloecke: zielnachhaltung(v) },
    ...(mitTraeger ? [{ name: 'ZV_Abschnitt_KommunaleZiele' as const, bloecke: kommunaleZiele(v) }] : []),
  ];
}

/** The sections of a zkT agreement (§ structure of Emsland). */
function abschnitteZkt(v: Vereinbarung): Abschnitt[] {
  const n = zktNamen(v);
  const ergaenzungen = ergaenzungszieleZkt(v, jahrText(v) || '________', jahrText(v, -1), `${n.traegerNom} und ${n.landNom}`);
  return [
    { name: 'ZV_Abschnitt_TitelZkt', bloecke: titelZkt(v) },
    { name: 'ZV_Abschnitt_Grundsaetze', bloecke: grundsaetze(v) },
    { name: 'ZV_Abschnitt_Rahmenbedingungen', bloecke: rahmenbedingungen(v) },
    { name: 'ZV_Abschnitt_Verpflichtung', bloecke: verpflichtung(v) },
    { name: 'ZV_Abschnitt_ZieleProsa', bloecke: zieleProsa(v) },
    { name: 'ZV_Abschnitt_WeitereZiele', bloecke: weitereZiele(v) },
    { name: 'ZV_Abschnitt_Ergaenzungsziele', bloecke: ergaenzungen },
    { name: 'ZV_Abschnitt_Kennzahlen', bloecke: kennzahlenVerordnung(ergaenzungen.length > 0 ? 3 : 2) },
    { name: 'ZV_Abschnitt_ZielnachhaltungZkt', bloecke: zielnachhaltungZkt(v) },
    { name: 'ZV_Abschnitt_Unterschriften', bloecke: unterschriften(v) },
  ];
}

/** The sections of an agreement's kind in the built-in order. */
export function abschnitte(v: Vereinbarung): Abschnitt[] {
  return v.art === 'zkT' ? abschnitteZkt(v) : abschnitteGe(v);
}

/** The document title: "Zielvereinbarung 2024 – Jobcenter Stadt Kaiserslautern". */
export function dokumentTitel(v: Vereinbarung): string {
  return [`Zielvereinbarung ${jahrText(v)}`.trim(), bereinige(dokumentName(v)).trim()].filter(Boolean).join(' – ');
}

/** The description of the file properties: "Zielvereinbarung 2024 – Jobcenter Landkreis Lörrach (gE-kT)". */
export function beschreibung(v: Vereinbarung): string {
  const name = bereinige(dokumentName(v)).trim();
  const jahr = jahrText(v);
  return [`Zielvereinbarung${jahr ? ` ${jahr}` : ''}`, name ? `– ${name}` : '', v.art ? `(${v.art})` : ''].filter(Boolean).join(' ');
}

/**
 * The docx document of an agreement with the given body: the built-in properties, styles and page;
 * `entwurf` puts the draft mark in the header. The footer names `fusszeile` (default: the document
 * title); the built-in template (vorlage/eingebaut.ts) puts a tag there.
 */
export function baueDokumentAus(
  v: Vereinbarung,
  inhalt: readonly Block[],
  o: { readonly entwurf?: boolean; readonly fusszeile?: string } = {},
): Document {
  const entwurf = o.entwurf === true;
  const titelText = dokumentTitel(v);
  const autor = bereinige(dokumentName(v)).trim();
  const nr = v.art === 'zkT' ? 4 : 2;
  return new Document({
    title: titelText,
    subject: `Zielvereinbarung nach § 48b Abs. 1 S. 1 Nr. ${nr} SGB II${v.jahr ? ` für das Jahr ${v.jahr}` : ''}`,
    // Author and description name the agreement (the Jobcenter, for zkT the Träger), as in Word's
    // file properties of the real agreements; not the program or the sheet it was read from.
    creator: autor,
    lastModifiedBy: autor,
    keywords: ['Zielvereinbarung', 'SGB II', '§ 48b', v.art ?? ''].filter(Boolean).join('; '),
    description: beschreibung(v),
    externalStyles: EXTERNE_STILE,
    styles: stile(),
    features: { updateFields: false },
    sections: [{ ...seite(o.fusszeile ?? titelText, entwurf), children: inhalt.map(alsDocx) }],
  });
}
