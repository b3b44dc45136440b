/**
 * The five seed agreements of ../shared/reference/agreements (beispiele/saat.ts) as agreement models
 * for the document tests: the parties and texts as entered, the Kennzahlen as the documents print them.
 */
import type { Kennzahlreihe, Kennzahlwert, Kennzahlwerte, Vereinbarung, Wert, Listen } from '../../src/model/vereinbarung';
import {
  feldFuer,
  feldname,
  type Art,
  type Darstellung,
  type FeldName,
  type Geschlecht,
  type Kennzahl,
  type Teil,
  type Vergleich,
} from '../../src/catalogue/felder';
import { EMSLAND, KAISERSLAUTERN, LOERRACH, MANSFELD, METTMANN, type Saat } from '../../beispiele/saat';

const keineListen: Listen = { lokaleZiele: [], kommunaleZiele: [], weitereZiele: [] };

export function vereinbarung(
  art: Art,
  jahr: number,
  darstellung: Darstellung | null,
  werte: Record<string, Wert>,
  listen: Partial<Listen> = {},
): Vereinbarung {
  const alle: Partial<Record<FeldName, Wert>> = {};
  // every key must be a catalogue name (a typo throws)
  for (const [name, wert] of Object.entries({
    ZV_Jahr: jahr,
    ZV_Art: art,
    ...(darstellung ? { ZV_Darstellung: darstellung } : {}),
    ...werte,
  }))
    alle[feldFuer(name).name] = wert;
  // all values count as entered, as in the seeds' documents
  const teil = (k: Kennzahl, g: Geschlecht, t: Teil): Kennzahlwert => {
    const feld = feldname(k, t, g);
    const w = alle[feld];
    return w === undefined ? { feld, eingegeben: false } : { feld, wert: w, eingegeben: true, eingabe: w };
  };
  const reihe = (k: Kennzahl, g: Geschlecht): Kennzahlreihe => ({
    VJ: teil(k, g, 'VJ'),
    Veraenderung: teil(k, g, 'Veraenderung'),
    Ziel: teil(k, g, 'Ziel'),
  });
  const kennzahl = (k: Kennzahl) => ({ Frauen: reihe(k, 'Frauen'), Maenner: reihe(k, 'Maenner'), Gesamt: reihe(k, 'Gesamt') });
  const kennzahlen: Kennzahlwerte = { IQ: kennzahl('IQ'), LZB: kennzahl('LZB') };
  return {
    quelle: { art: 'blatt', blatt: 'Planung' },
    art,
    jahr,
    darstellung,
    werte: alle,
    eingegeben: new Set(Object.keys(alle).map((f) => feldFuer(f).name)),
    zellen: {},
    kennzahlen,
    listen: { ...keineListen, ...listen },
  };
}

/** A seed as the document sees it: no previous-year values or eLb stocks, the printed figures. */
function ausSaat(saat: Saat): Vereinbarung {
  const { ZV_Jahr: jahr, ZV_Art: art, ZV_Darstellung: darstellung, ...rest } = saat.optionen.werte;
  const werte = Object.fromEntries(Object.entries(rest).filter(([feld]) => !/^ZV_(IQ|LZB|eLb)_/.test(feld)));
  const zeilen = (name: string) => saat.optionen.listen?.[name] ?? [];
  const text = (x: unknown): string => (x === null || x === undefined ? '' : String(x));
  return vereinbarung(
    art as Art,
    Number(jahr),
    (darstellung as Darstellung | undefined) ?? null,
    { ...werte, ...saat.gedruckt },
    {
      lokaleZiele: zeilen('ZV_LokaleZiele').map(([ziel, beschreibung, wert, vergleich]) => ({
        ziel: text(ziel),
        beschreibung: text(beschreibung),
        ...(typeof wert === 'number' ? { wert } : {}),
        ...(vergleich ? { vergleich: vergleich as Vergleich } : {}),
      })),
      kommunaleZiele: zeilen('ZV_KommunaleZiele').map(([ziel, beschreibung]) => ({ ziel: text(ziel), beschreibung: text(beschreibung) })),
      weitereZiele: zeilen('ZV_WeitereZiele').map(([ziel, beschreibung, schritte]) => ({
        ziel: text(ziel),
        beschreibung: text(beschreibung),
        schritte: text(schritte)
          .split('\n')
          .filter((x) => x !== ''),
      })),
    },
  );
}

export const kaiserslautern = ausSaat(KAISERSLAUTERN);
export const loerrach = ausSaat(LOERRACH);
export const mettmann = ausSaat(METTMANN);
export const mansfeld = ausSaat(MANSFELD);
export const emsland = ausSaat(EMSLAND);

export const ALLE = { kaiserslautern, loerrach, mettmann, mansfeld, emsland } as const;
