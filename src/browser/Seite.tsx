/**
 * The browser page: open a planning workbook (file picker or drag & drop, or the built-in example),
 * then the pane's own component (`Zielplaner`) shows findings, derived values and the document over
 * the .xlsx adapter. The page adds what only a file-based front end needs: opening files and the
 * download of the checked workbook (findings as comments and highlights, derived values filled in).
 */
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  MessageBarActions,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { pruefeMappe, UnbrauchbareDatei } from '../kern';
import { Zielplaner } from '../pane/components/Zielplaner';
import { inhaltText } from '../pane/anzeige';
import { findeFeld } from '../catalogue/felder';
import { XlsxUmgebung, gepruefterName, gepruefterTyp, herunterladen, type GezeigteZelle } from './umgebung';
import { beispielName, beispielUrl } from './beispiel';

const useStyles = makeStyles({
  seite: {
    maxWidth: '960px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  kopf: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  titel: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  zone: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  zoneAktiv: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  versteckt: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  datei: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  spalte: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  /** With a file open: the pane in a readable column (its own root fills the height). */
  rahmen: { maxWidth: '960px', margin: '0 auto', '& > .fui-FluentProvider > div': { minHeight: 'auto' } },
  status: { flexBasis: '100%' },
  fuss: {
    color: tokens.colorNeutralForeground2,
    maxWidth: '960px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
  },
});

interface Geoeffnet {
  readonly umgebung: XlsxUmgebung;
  /** Changes with every opened file, so the pane starts afresh. */
  readonly nummer: number;
}

type Zustand =
  { readonly art: 'leer' } | { readonly art: 'laedt'; readonly name: string } | { readonly art: 'fehler'; readonly meldung: string };

function fehlermeldung(e: unknown, name: string): string {
  if (e instanceof UnbrauchbareDatei) return e.message;
  return `Die Datei „${name}“ konnte nicht gelesen werden. Bitte wählen Sie eine Arbeitsmappe (.xlsx, .xlsm oder .ods).`;
}

export function Seite(): React.JSX.Element {
  const s = useStyles();
  const eingabe = React.useRef<HTMLInputElement>(null);
  const zellbox = React.useRef<HTMLDivElement>(null);
  const [offen, setOffen] = React.useState<Geoeffnet | null>(null);
  const [zustand, setZustand] = React.useState<Zustand>({ art: 'leer' });
  const [ziehen, setZiehen] = React.useState(false);
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

  // Dropping a file anywhere on the page opens it (and keeps the browser from navigating to it).
  React.useEffect(() => {
    const ueber = (e: DragEvent): void => {
      if (!e.dataTransfer || !Array.from(e.dataTransfer.types).includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setZiehen(true);
    };
    const weg = (e: DragEvent): void => {
      if (e.relatedTarget === null) setZiehen(false);
    };
    const fallen = (e: DragEvent): void => {
      e.preventDefault();
      setZiehen(false);
      const datei = e.dataTransfer?.files?.[0];
      if (datei) void oeffneDatei(datei);
    };
    window.addEventListener('dragover', ueber);
    window.addEventListener('dragleave', weg);
    window.addEventListener('drop', fallen);
    // Ready for a file: marked for the end-to-end tests and the benchmark (time since navigation start).
    document.documentElement.dataset.zielplaner = 'bereit';
    if (typeof performance.mark === 'function' && performance.getEntriesByName('zielplaner-bereit').length === 0) {
      performance.mark('zielplaner-bereit');
    }
    return () => {
      window.removeEventListener('dragover', ueber);
      window.removeEventListener('dragleave', weg);
      window.removeEventListener('drop', fallen);
    };
  }, [oeffneDatei]);

  React.useEffect(() => {
    if (zelle) zellbox.current?.focus();
  }, [zelle]);

  const gepruefteMappe = React.useCallback(async () => {
    if (!offen) return;
    setSpeichert(true);
    setSpeicherFehler(null);
    try {
      const { umgebung } = offen;
      const { schreibeGepruefteMappe } = await import(/* webpackChunkName: "xlsx-schreiben" */ '../xlsx/gepruefteKopie');
      const ergebnisse = pruefeMappe(await umgebung.lesen());
      const bytes = await schreibeGepruefteMappe(umgebung.bytes, ergebnisse);
      if (!herunterladen(bytes, gepruefterName(umgebung.dateiname), gepruefterTyp(umgebung.dateiname))) {
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
    <section
      aria-label="Arbeitsmappe öffnen"
      className={mergeClasses(s.zone, ziehen && s.zoneAktiv)}
      data-ziehen={ziehen ? 'ja' : undefined}
    >
      <Text weight="semibold">Planungsmappe (.xlsx, .xlsm, .ods) hierher ziehen oder</Text>
      <Button appearance={offen ? 'secondary' : 'primary'} onClick={() => eingabe.current?.click()}>
        {offen ? 'Andere Arbeitsmappe öffnen …' : 'Arbeitsmappe öffnen …'}
      </Button>
      <input
        ref={eingabe}
        className={s.versteckt}
        type="file"
        accept=".xlsx,.xlsm,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12,application/vnd.oasis.opendocument.spreadsheet"
        aria-label="Arbeitsmappe (.xlsx, .xlsm, .ods) auswählen"
        tabIndex={-1}
        onChange={(e) => {
          const datei = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (datei) void oeffneDatei(datei);
        }}
      />
      {offen ? (
        <Button appearance="subtle" onClick={() => void oeffneBeispiel()}>
          Beispielmappe öffnen
        </Button>
      ) : (
        <Text>
          Noch keine Planungsmappe zur Hand?{' '}
          <Button appearance="secondary" onClick={() => void oeffneBeispiel()}>
            Beispielmappe öffnen
          </Button>
        </Text>
      )}
      <div className={s.status} aria-live="polite">
        {zustand.art === 'laedt' && <Spinner size="small" label={`„${zustand.name}“ wird gelesen …`} labelPosition="after" />}
        {zustand.art === 'fehler' && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>Datei nicht verwendbar</MessageBarTitle>
              {zustand.meldung}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
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
        </main>
        {fuss(s.fuss)}
      </div>
    );
  }

  const feld = zelle?.namen.map((n) => findeFeld(n)).find((f) => f !== undefined);
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
      {zelle && (
        <div ref={zellbox} tabIndex={-1} role="region" aria-label={`Zelle ${zelle.adresse}`}>
          <MessageBar intent="info">
            <MessageBarBody>
              <MessageBarTitle>Zelle {zelle.adresse}</MessageBarTitle>
              {feld ? `${feld.bezeichnung} (${feld.name}) ` : zelle.namen.length > 0 ? `(${zelle.namen.join(', ')}) ` : ''}
              enthält {inhaltText(zelle.wert)}. Prüfen Sie die Zelle in Excel, ändern Sie sie dort, wenn nötig, und öffnen Sie die Datei
              hier erneut.
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="transparent" onClick={() => setZelle(null)}>
                Schließen
              </Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      )}
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
