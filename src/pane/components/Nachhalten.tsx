/**
 * The "Nachhalten" tab: the Zielnachhaltung of the workbook's ZV_Ist (table, Ampel, chart of Ist against
 * Soll) and next year's planning workbook ("Planung für das Folgejahr"), built through the adapter
 * (`planungsmappeBauen`) and handed over through its save path (`mappeSpeichern`; in Excel for Mac the
 * system browser, as for the Word document).
 */
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { folgejahr, leseIst, nachhalten, type Nachhaltung } from '../../nachhalten';
import { findeFeld } from '../../catalogue/felder';
import { Hinweis, type Stand } from '../stand';
import type { Arbeitsumgebung, SpeicherErgebnis } from '../umgebung';
import { Nachhaltungstabelle } from './Nachhaltungstabelle';

type Grafik = (typeof import('./Verlaufsgrafik'))['default'];
let grafik: Grafik | null = null;
let grafikLaden: Promise<Grafik> | null = null;

/** The chart's code, loaded once, the first time the tab opens. */
function ladeGrafik(): Promise<Grafik> {
  grafikLaden ??= import(/* webpackChunkName: "verlaufsgrafik" */ './Verlaufsgrafik').then(
    (m) => (grafik = m.default),
    (e: unknown) => {
      grafikLaden = null; // a later opening of the tab tries again
      throw e;
    },
  );
  return grafikLaden;
}

/**
 * The chart component once its code is there (null before, 'fehler' when it could not be loaded).
 * Not React.lazy with Suspense: React shows a Suspense fallback for at least 300 ms, so the chart
 * (its code arrives within a few milliseconds) would appear only after that.
 */
function useGrafik(): Grafik | null | 'fehler' {
  const [g, setG] = React.useState<Grafik | null | 'fehler'>(() => grafik);
  React.useEffect(() => {
    if (g !== null) return;
    let aktiv = true;
    ladeGrafik().then(
      (geladen) => aktiv && setG(() => geladen),
      () => aktiv && setG('fehler'),
    );
    return () => {
      aktiv = false;
    };
  }, [g]);
  return g;
}

function Grafiken(props: { kennzahlen: Nachhaltung['kennzahlen'] }): React.ReactElement {
  const Verlaufsgrafik = useGrafik();
  if (Verlaufsgrafik === 'fehler')
    return <Text>Die Grafik konnte nicht geladen werden. Schließen Sie den Bereich und öffnen Sie ihn erneut.</Text>;
  if (Verlaufsgrafik === null) return <Spinner size="tiny" label="Grafik wird geladen …" />;
  return (
    <>
      {props.kennzahlen
        .filter((z) => z.verlauf.length > 0)
        .map((z) => (
          <Verlaufsgrafik key={`${z.kennzahl}-${z.geschlecht}`} stand={z} />
        ))}
    </>
  );
}

/** Next year's planning workbook as bytes and file name (like `zielplaner template --folgejahr`). */
export async function folgejahrMappe(
  stand: Stand,
  bauen: NonNullable<Arbeitsumgebung['planungsmappeBauen']>,
): Promise<{ bytes: Uint8Array; dateiname: string; hinweise: string[] }> {
  if (!stand.mappe || stand.ergebnisse.length !== 1)
    throw new Hinweis('Die Planung für das Folgejahr lässt sich nur aus einer Arbeitsmappe mit genau einer Vereinbarung anlegen.');
  const v = stand.ergebnisse[0]!.vereinbarung;
  if (!v.art) throw new Hinweis('In der Arbeitsmappe ist keine gültige Art (ZV_Art: gE, gE-kT oder zkT) angegeben.');
  const art = v.art;
  const f = folgejahr(v, leseIst(stand.mappe).zeilen);
  if (!f) throw new Hinweis('In der Arbeitsmappe ist kein Zieljahr (ZV_Jahr) angegeben; das Folgejahr lässt sich nicht bestimmen.');
  const werte = Object.fromEntries(Object.entries(f.werte).filter(([name]) => findeFeld(name)?.arten.includes(art)));
  const bytes = await bauen({ art, werte, listen: f.listen });
  return { bytes, dateiname: `Planung_${f.jahr}.xlsx`, hinweise: f.befunde.map((b) => b.message) };
}

export function Nachhalten(props: {
  umgebung: Arbeitsumgebung;
  stand: Stand;
  aktion: (arbeit: () => Promise<string | void>, danachPruefen?: boolean) => Promise<boolean>;
}): React.ReactElement {
  const { stand } = props;
  const { mappe, ergebnisse } = stand;
  // computed once per workbook read, not on every render of the tab
  const auswertung = React.useMemo(() => {
    if (!mappe) return null;
    const vorhanden = leseIst(mappe).vorhanden;
    return { vorhanden, liste: vorhanden ? nachhalten(mappe, ergebnisse) : [] };
  }, [mappe, ergebnisse]);
  if (!stand.mappe || !auswertung) return <Text>Die Arbeitsmappe wird gelesen …</Text>;
  if (stand.keinPlanungsblatt) return <Text>{stand.keinPlanungsblatt}</Text>;
  const folgejahrKnopf = <FolgejahrKnopf umgebung={props.umgebung} stand={stand} aktion={props.aktion} />;
  if (!auswertung.vorhanden)
    return (
      <>
        <MessageBar intent="info">
          <MessageBarBody>
            Diese Arbeitsmappe enthält keine Liste ZV_Ist mit den veröffentlichten Monatswerten. Fügen Sie die Tabelle ZV_Ist (Blatt
            „Zielnachhaltung“ der Vorlage) ein und tragen Sie die Jahresfortschrittswerte ein; dann zeigt dieser Bereich Soll, Ist, Prognose
            und Ampel.
          </MessageBarBody>
        </MessageBar>
        {folgejahrKnopf}
      </>
    );
  const { liste } = auswertung;
  return (
    <>
      {liste.map((n, i) => (
        <section key={i} aria-label={`Zielnachhaltung ${n.titel}`}>
          <Nachhaltungstabelle nachhaltung={n} />
          <Grafiken kennzahlen={n.kennzahlen} />
        </section>
      ))}
      {folgejahrKnopf}
    </>
  );
}

/** What the status line says once the workbook was handed over. */
function gespeichertText(e: SpeicherErgebnis, dateiname: string): string {
  switch (e.art) {
    case 'heruntergeladen':
      return `Die Planung für das Folgejahr wurde als „${dateiname}“ heruntergeladen. Sie finden sie im Download-Ordner.`;
    case 'dialog':
      return `Ein Fenster mit der Arbeitsmappe „${dateiname}“ wurde geöffnet. Speichern Sie sie dort.`;
    case 'browserfenster':
      return `Excel für Mac kann Dateien nicht direkt aus dem Aufgabenbereich speichern. Deshalb wurde Ihr Standardbrowser mit der Arbeitsmappe „${dateiname}“ geöffnet: Klicken Sie dort auf „speichern“. Die Arbeitsmappe wird dabei nicht ins Internet übertragen.`;
    default:
      throw new Hinweis(
        `${e.grund} Die Planung für das Folgejahr erhalten Sie auch auf der Browser-Seite von Zielplaner oder mit „npx zielplaner template --folgejahr“.`,
      );
  }
}

/** "Planung für das Folgejahr": hidden where the adapter can neither build nor hand over a workbook. */
function FolgejahrKnopf(props: {
  umgebung: Arbeitsumgebung;
  stand: Stand;
  aktion: (arbeit: () => Promise<string | void>, danachPruefen?: boolean) => Promise<boolean>;
}): React.ReactElement | null {
  const { umgebung, stand } = props;
  const [laeuft, setLaeuft] = React.useState(false);
  if (!umgebung.planungsmappeBauen || !umgebung.mappeSpeichern) return null;
  const erstellen = async (): Promise<void> => {
    setLaeuft(true);
    try {
      await props.aktion(async () => {
        const m = await folgejahrMappe(stand, umgebung.planungsmappeBauen!.bind(umgebung));
        const ergebnis = await umgebung.mappeSpeichern!(m.bytes, m.dateiname);
        return [gespeichertText(ergebnis, m.dateiname), ...m.hinweise].join(' ');
      }, false);
    } finally {
      setLaeuft(false);
    }
  };
  return (
    <div>
      <Button disabled={laeuft} onClick={() => void erstellen()}>
        Planung für das Folgejahr
      </Button>
      {laeuft ? <Spinner size="tiny" label="Die Planung für das Folgejahr wird erstellt …" labelPosition="after" /> : null}
    </div>
  );
}
