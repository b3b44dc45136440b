/**
 * "Alle Vereinbarungen als ZIP herunterladen": every agreement of a ZV_Liste as one .zip of Word
 * documents, built in this browser (nothing leaves the machine). Agreements with error findings are
 * left out and named, with the reason. The page stays usable: the work yields to the browser after
 * every document, shows its progress ("12 von 405 Vereinbarungen erstellt") and can be cancelled.
 */
import * as React from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { hatFehler, type Vereinbarung } from '../../model/vereinbarung';
import { vereinbarungName } from '../anzeige';
import { fehlermeldung, vorlagenFehler, type ErzeugtesDokument, type Stand } from '../stand';
import type { SpeicherErgebnis } from '../umgebung';

const useStyles = makeStyles({
  spalte: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  knoepfe: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  liste: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** An agreement left out of the ZIP, and why (German). */
export interface Uebersprungen {
  readonly name: string;
  readonly grund: string;
}

type Zustand =
  | { readonly art: 'bereit' }
  | { readonly art: 'laeuft'; readonly fertig: number; readonly gesamt: number }
  | { readonly art: 'fertig'; readonly anzahl: number; readonly dateiname: string; readonly ergebnis: SpeicherErgebnis }
  | { readonly art: 'abgebrochen' }
  | { readonly art: 'fehler'; readonly titel: string; readonly texte: readonly string[] };

const zahl = (n: number): string => n.toLocaleString('de-DE');

const vereinbarungen = (n: number): string => (n === 1 ? '1 Vereinbarung' : `${zahl(n)} Vereinbarungen`);

/** How many of the list are made: "12 von 405 Vereinbarungen erstellt". */
export function fortschrittText(fertig: number, gesamt: number): string {
  return `${zahl(fertig)} von ${zahl(gesamt)} ${gesamt === 1 ? 'Vereinbarung' : 'Vereinbarungen'} erstellt`;
}

/** `Zielvereinbarungen_2024.zip` when every agreement is of one year, else `Zielvereinbarungen.zip`. */
export function zipName(liste: readonly Vereinbarung[]): string {
  const jahre = new Set(liste.map((v) => v.jahr));
  const [jahr] = [...jahre];
  return jahre.size === 1 && typeof jahr === 'number' ? `Zielvereinbarungen_${jahr}.zip` : 'Zielvereinbarungen.zip';
}

/** A file name not yet in the ZIP: duplicates get "_2", "_3", … as on the command line (case-insensitive). */
function eindeutig(name: string, vergeben: Set<string>): string {
  const basis = name.replace(/\.docx$/i, '');
  let out = `${basis}.docx`;
  for (let n = 2; vergeben.has(out.toLowerCase()); n++) out = `${basis}_${n}.docx`;
  vergeben.add(out.toLowerCase());
  return out;
}

/** Lets the browser paint and handle input before the next document. */
const durchatmen = (): Promise<void> => new Promise((fertig) => setTimeout(fertig, 0));

const MEHR_ZEIGEN = 10;

function UebersprungenListe({ liste }: { liste: readonly Uebersprungen[] }): React.ReactElement {
  const s = useStyles();
  const gezeigt = liste.slice(0, MEHR_ZEIGEN);
  return (
    <ul className={s.liste} aria-label="Nicht aufgenommene Vereinbarungen">
      {gezeigt.map((u, i) => (
        <li key={i}>
          {u.name}: {u.grund}
        </li>
      ))}
      {liste.length > gezeigt.length ? <li>… und {vereinbarungen(liste.length - gezeigt.length)} mehr</li> : null}
    </ul>
  );
}

const MIT_FEHLERN = 'Die Planung enthält Fehler (siehe „Prüfen“).';

function speicherText(e: SpeicherErgebnis, anzahl: number, dateiname: string): { intent: 'success' | 'warning'; text: string } {
  if (e.art === 'nicht-moeglich') return { intent: 'warning', text: e.grund };
  return {
    intent: 'success',
    text: `${vereinbarungen(anzahl)} als Word-Dokumente in „${dateiname}“ – die ZIP-Datei wird heruntergeladen. Sie finden sie im Download-Ordner Ihres Browsers.`,
  };
}

export function AlleHerunterladen(props: {
  stand: Stand;
  /** The document of one agreement (built-in layout or the user's own template). */
  erzeugen: (v: Vereinbarung) => Promise<ErzeugtesDokument>;
  speichern: (bytes: Uint8Array, dateiname: string) => Promise<SpeicherErgebnis>;
}): React.ReactElement {
  const s = useStyles();
  const [zustand, setZustand] = React.useState<Zustand>({ art: 'bereit' });
  const [uebersprungen, setUebersprungen] = React.useState<readonly Uebersprungen[]>([]);
  const abbrechen = React.useRef(false);
  const { ergebnisse } = props.stand;

  // a run stops when the view is left
  React.useEffect(
    () => () => {
      abbrechen.current = true;
    },
    [],
  );

  const mitFehlern = React.useMemo(
    () => ergebnisse.filter((e) => hatFehler(e.befunde)).map((e) => ({ name: vereinbarungName(e.vereinbarung), grund: MIT_FEHLERN })),
    [ergebnisse],
  );
  const aufzunehmen = ergebnisse.filter((e) => !hatFehler(e.befunde)).map((e) => e.vereinbarung);

  const starten = async (): Promise<void> => {
    abbrechen.current = false;
    const liste = aufzunehmen;
    const weg: Uebersprungen[] = [...mitFehlern];
    const dateien: Record<string, Uint8Array> = {};
    const vergeben = new Set<string>();
    let anzahl = 0;
    setUebersprungen(weg);
    setZustand({ art: 'laeuft', fertig: 0, gesamt: liste.length });
    await durchatmen();
    for (const [i, v] of liste.entries()) {
      if (abbrechen.current) {
        setZustand({ art: 'abgebrochen' });
        return;
      }
      try {
        const d = await props.erzeugen(v);
        dateien[eindeutig(d.dateiname, vergeben)] = d.bytes;
        anzahl += 1;
      } catch (e) {
        const texte = vorlagenFehler(e);
        if (texte) {
          // the template itself is at fault: no agreement can be made with it
          setZustand({ art: 'fehler', titel: 'Die Vorlage kann nicht verwendet werden. Es wurde nichts erzeugt.', texte });
          return;
        }
        weg.push({ name: vereinbarungName(v), grund: `Das Dokument konnte nicht erzeugt werden. ${fehlermeldung(e)}` });
        setUebersprungen([...weg]);
      }
      setZustand({ art: 'laeuft', fertig: i + 1, gesamt: liste.length });
      await durchatmen();
    }
    if (abbrechen.current) {
      setZustand({ art: 'abgebrochen' });
      return;
    }
    if (anzahl === 0) {
      setZustand({
        art: 'fehler',
        titel: 'Es wurde keine ZIP-Datei erstellt.',
        texte: ['Keine der Vereinbarungen konnte erzeugt werden.'],
      });
      return;
    }
    try {
      // the documents are deflated already: stored as they are (fflate only loaded here)
      const { zipSync } = await import(/* webpackChunkName: "zip" */ 'fflate');
      const zip = zipSync(dateien, { level: 0 });
      const dateiname = zipName(liste);
      setZustand({ art: 'fertig', anzahl, dateiname, ergebnis: await props.speichern(zip, dateiname) });
    } catch (e) {
      setZustand({ art: 'fehler', titel: 'Die ZIP-Datei konnte nicht erstellt werden.', texte: [fehlermeldung(e)] });
    }
  };

  const laeuft = zustand.art === 'laeuft';
  const gemeldet = zustand.art === 'fertig' ? speicherText(zustand.ergebnis, zustand.anzahl, zustand.dateiname) : null;
  const nichtAufgenommen = zustand.art === 'bereit' ? mitFehlern : uebersprungen;
  return (
    <section className={s.spalte} aria-label="Alle Vereinbarungen">
      <Text>
        Die Arbeitsmappe enthält {vereinbarungen(ergebnisse.length)}. Alle ohne Fehler können Sie hier in einem Schritt als Word-Dokumente
        in einer ZIP-Datei erhalten; sie werden in diesem Browser erstellt, nichts wird hochgeladen.
      </Text>
      <div className={s.knoepfe}>
        <Button disabled={laeuft || aufzunehmen.length === 0} onClick={() => void starten()}>
          Alle Vereinbarungen als ZIP herunterladen
        </Button>
        {laeuft ? (
          <Button appearance="subtle" onClick={() => (abbrechen.current = true)}>
            Abbrechen
          </Button>
        ) : null}
      </div>
      {laeuft ? (
        <Field validationMessage={fortschrittText(zustand.fertig, zustand.gesamt)} validationState="none">
          <ProgressBar
            value={zustand.gesamt > 0 ? zustand.fertig / zustand.gesamt : 0}
            max={1}
            aria-label="Fortschritt der ZIP-Datei"
            aria-valuetext={fortschrittText(zustand.fertig, zustand.gesamt)}
          />
        </Field>
      ) : null}
      {nichtAufgenommen.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {nichtAufgenommen.length === 1 ? '1 Vereinbarung wird' : `${zahl(nichtAufgenommen.length)} Vereinbarungen werden`} nicht in
              die ZIP-Datei aufgenommen
            </MessageBarTitle>
            <UebersprungenListe liste={nichtAufgenommen} />
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {gemeldet ? (
        <MessageBar intent={gemeldet.intent}>
          <MessageBarBody>{gemeldet.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {zustand.art === 'abgebrochen' ? (
        <MessageBar intent="info">
          <MessageBarBody>Abgebrochen. Es wurde keine ZIP-Datei heruntergeladen.</MessageBarBody>
        </MessageBar>
      ) : null}
      {zustand.art === 'fehler' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{zustand.titel}</MessageBarTitle>
            {zustand.texte.map((t, i) => (
              <div key={i}>{t}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
