/**
 * The browser page: open a planning workbook (file picker or drag & drop, or the built-in example),
 * then the pane's own component (`Zielplaner`) shows findings, derived values and the document over
 * the .xlsx adapter. The page adds what only a file-based front end needs: opening files and the
 * download of the checked workbook (findings as comments and highlights, derived values filled in) and
 * of a blank planning template (LeeresPlanungsblatt.tsx).
 */
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { pruefeMappe, UnbrauchbareDatei } from '../kern';
import { Zielplaner } from '../pane/components/Zielplaner';
import { XlsxUmgebung, gepruefterName, gepruefterTyp, herunterladen, istOdsDatei, type GezeigteZelle } from './umgebung';
import { beispielName, beispielUrl } from './beispiel';
import { Dateiwahl, useDateiAblage, type Zustand } from './Dateiwahl';
import { LeeresPlanungsblatt } from './LeeresPlanungsblatt';
import { Zellhinweis } from './Zellhinweis';
import { useStyles } from './stil';
import { istZuGross, zuGrossMeldung } from '../lesen/grenzen';

interface Geoeffnet {
  readonly umgebung: XlsxUmgebung;
  /** Changes with every opened file, so the pane starts afresh. */
  readonly nummer: number;
}

function fehlermeldung(e: unknown, name: string): string {
  if (e instanceof UnbrauchbareDatei) return e.message;
  return `Die Datei „${name}“ konnte nicht gelesen werden. Bitte wählen Sie eine Arbeitsmappe (.xlsx, .xlsm oder .ods).`;
}

export function Seite(): React.JSX.Element {
  const s = useStyles();
  const [offen, setOffen] = React.useState<Geoeffnet | null>(null);
  const [zustand, setZustand] = React.useState<Zustand>({ art: 'leer' });
  const [speichert, setSpeichert] = React.useState(false);
  const [speicherFehler, setSpeicherFehler] = React.useState<string | null>(null);
  const [zelle, setZelle] = React.useState<GezeigteZelle | null>(null);
  const zaehler = React.useRef(0);

  const oeffne = React.useCallback(async (bytes: Uint8Array, name: string) => {
    setZustand({ art: 'laedt', name });
    setSpeicherFehler(null);
    const umgebung = new XlsxUmgebung(bytes, name, setZelle);
    try {
      // Read once here so an unreadable file is reported on the page; the pane reuses the snapshot.
      await umgebung.lesen();
    } catch (e) {
      setZustand({ art: 'fehler', meldung: fehlermeldung(e, name) });
      return;
    }
    zaehler.current += 1;
    setZelle(null);
    setOffen({ umgebung, nummer: zaehler.current });
    setZustand({ art: 'leer' });
  }, []);

  const oeffneDatei = React.useCallback(
    async (datei: File) => {
      // the same limit and sentence as the command line; a file over it is not read at all
      if (istZuGross(datei.size)) {
        setZustand({ art: 'fehler', meldung: zuGrossMeldung(datei.name) });
        return;
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await datei.arrayBuffer());
      } catch {
        setZustand({ art: 'fehler', meldung: `Die Datei „${datei.name}“ konnte nicht gelesen werden.` });
        return;
      }
      await oeffne(bytes, datei.name);
    },
    [oeffne],
  );

  const oeffneBeispiel = React.useCallback(async () => {
    setZustand({ art: 'laedt', name: beispielName });
    try {
      const antwort = await fetch(beispielUrl);
      if (!antwort.ok) throw new Error(String(antwort.status));
      await oeffne(new Uint8Array(await antwort.arrayBuffer()), beispielName);
    } catch {
      setZustand({ art: 'fehler', meldung: 'Die Beispielmappe konnte nicht geladen werden.' });
    }
  }, [oeffne]);

  const ziehen = useDateiAblage(React.useCallback((datei: File) => void oeffneDatei(datei), [oeffneDatei]));

  const gepruefteMappe = React.useCallback(async () => {
    if (!offen) return;
    setSpeichert(true);
    setSpeicherFehler(null);
    try {
      const { umgebung } = offen;
      const { schreibeGepruefteMappe } = await import(/* webpackChunkName: "xlsx-schreiben" */ '../xlsx/gepruefteKopie');
      const ergebnisse = pruefeMappe(await umgebung.lesen());
      const bytes = await schreibeGepruefteMappe(umgebung.bytes, ergebnisse);
      // the copy has the workbook's format: an .ods (recognised by its content, whatever its name) stays an .ods
      const ods = istOdsDatei(bytes);
      if (!herunterladen(bytes, gepruefterName(umgebung.dateiname, ods), gepruefterTyp(umgebung.dateiname, ods))) {
        setSpeicherFehler('Dieser Browser kann keine Dateien zum Herunterladen anbieten.');
      }
    } catch (e) {
      setSpeicherFehler(
        e instanceof UnbrauchbareDatei
          ? e.message
          : 'Die geprüfte Arbeitsmappe konnte nicht erstellt werden. Bitte versuchen Sie es erneut oder prüfen Sie die Datei in Excel.',
      );
    } finally {
      setSpeichert(false);
    }
  }, [offen]);

  const kopf = (
    <header className={s.kopf}>
      <h1 className={s.titel}>Zielplaner</h1>
      <Text>
        Zielvereinbarungen nach § 48b SGB II prüfen und als Word-Dokument erzeugen – direkt im Browser. Ihre Datei bleibt auf diesem
        Rechner; nichts wird hochgeladen.
      </Text>
    </header>
  );

  const dateiwahl = (
    <Dateiwahl
      offen={offen !== null}
      ziehen={ziehen}
      zustand={zustand}
      waehle={(datei) => void oeffneDatei(datei)}
      beispiel={() => void oeffneBeispiel()}
    />
  );

  if (!offen) {
    return (
      <div className={s.seite}>
        {kopf}
        <main className={s.spalte}>
          {dateiwahl}
          <Text>
            Zielplaner liest die benannten Zellen Ihrer Planungsmappe (Namen, die mit „ZV_“ beginnen), prüft die Planwerte, leitet fehlende
            Werte ab und erzeugt die Zielvereinbarung als Word-Dokument.
          </Text>
          <LeeresPlanungsblatt />
        </main>
        {fuss(s.fuss)}
      </div>
    );
  }

  const dateileiste = (
    <div className={s.spalte}>
      {kopf}
      {dateiwahl}
      <section aria-label="Geöffnete Arbeitsmappe" className={s.datei}>
        <Text>
          Geöffnet: <strong data-testid="dateiname">{offen.umgebung.dateiname}</strong>
        </Text>
        <Button onClick={() => void gepruefteMappe()} disabled={speichert}>
          {speichert ? 'Wird erstellt …' : 'Geprüfte Arbeitsmappe herunterladen'}
        </Button>
      </section>
      {speicherFehler && (
        <MessageBar intent="error">
          <MessageBarBody>{speicherFehler}</MessageBarBody>
        </MessageBar>
      )}
      {zelle && <Zellhinweis zelle={zelle} schliessen={() => setZelle(null)} />}
      <LeeresPlanungsblatt />
    </div>
  );

  return (
    <div className={s.rahmen}>
      <Zielplaner key={offen.nummer} umgebung={offen.umgebung} kopf={dateileiste} />
      {fuss(s.fuss)}
    </div>
  );
}

function fuss(klasse: string): React.JSX.Element {
  return (
    <footer className={klasse}>
      <Text size={200}>
        Zielplaner läuft vollständig in diesem Browser. In Excel steht derselbe Aufgabenbereich als Add-in zur Verfügung.
      </Text>
    </footer>
  );
}
