/**
 * The "Nachhalten" tab: the Zielnachhaltung of the workbook's ZV_Ist (table, Ampel, chart of Ist against
 * Soll) and, in the browser, next year's planning workbook ("Planung für das Folgejahr").
 */
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { folgejahr, leseIst, nachhalten } from '../../nachhalten';
import { findeFeld } from '../../catalogue/felder';
import type { Stand } from '../stand';
import type { Arbeitsumgebung } from '../umgebung';
import { herunterladen, XLSX_MIME } from '../herunterladen';
import { Nachhaltungstabelle } from './Nachhaltungstabelle';

const Verlaufsgrafik = React.lazy(() => import(/* webpackChunkName: "verlaufsgrafik" */ './Verlaufsgrafik'));

/** Next year's planning workbook as bytes and file name (like `zielplaner template --folgejahr`). */
export async function folgejahrMappe(
  stand: Stand,
  bauen: NonNullable<Arbeitsumgebung['planungsmappeBauen']>,
): Promise<{ bytes: Uint8Array; dateiname: string; hinweise: string[] }> {
  if (!stand.mappe || stand.ergebnisse.length !== 1)
    throw new Error('Die Planung für das Folgejahr lässt sich nur aus einer Arbeitsmappe mit genau einer Vereinbarung anlegen.');
  const v = stand.ergebnisse[0]!.vereinbarung;
  if (!v.art) throw new Error('In der Arbeitsmappe ist keine gültige Art (ZV_Art: gE, gE-kT oder zkT) angegeben.');
  const art = v.art;
  const f = folgejahr(v, leseIst(stand.mappe).zeilen);
  if (!f) throw new Error('In der Arbeitsmappe ist kein Zieljahr (ZV_Jahr) angegeben; das Folgejahr lässt sich nicht bestimmen.');
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
  if (!stand.mappe) return <Text>Die Arbeitsmappe wird gelesen …</Text>;
  if (stand.keinPlanungsblatt) return <Text>{stand.keinPlanungsblatt}</Text>;
  const ist = leseIst(stand.mappe);
  const folgejahrKnopf =
    props.umgebung.art === 'browser' && props.umgebung.planungsmappeBauen ? (
      <div>
        <Button
          onClick={() =>
            void props.aktion(async () => {
              const m = await folgejahrMappe(stand, props.umgebung.planungsmappeBauen!.bind(props.umgebung));
              if (!herunterladen(m.bytes, m.dateiname, XLSX_MIME))
                throw new Error('Dieser Browser kann keine Dateien zum Herunterladen anbieten.');
              return [`Die Planung für das Folgejahr wurde als „${m.dateiname}“ heruntergeladen.`, ...m.hinweise].join(' ');
            }, false)
          }
        >
          Planung für das Folgejahr
        </Button>
      </div>
    ) : null;
  if (!ist.vorhanden)
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
  const liste = nachhalten(stand.mappe, stand.ergebnisse);
  return (
    <>
      {liste.map((n, i) => (
        <section key={i} aria-label={`Zielnachhaltung ${n.titel}`}>
          <Nachhaltungstabelle nachhaltung={n} />
          <React.Suspense fallback={<Spinner size="tiny" label="Grafik wird geladen …" />}>
            {n.kennzahlen
              .filter((z) => z.verlauf.length > 0)
              .map((z) => (
                <Verlaufsgrafik key={`${z.kennzahl}-${z.geschlecht}`} stand={z} />
              ))}
          </React.Suspense>
        </section>
      ))}
      {folgejahrKnopf}
    </>
  );
}
