import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { hatFehler } from '../../model/vereinbarung';
import type { Arbeitsumgebung, SpeicherErgebnis } from '../umgebung';
import { dokumentText } from '../anzeige';
import { VereinbarungWahl } from './Auswahl';
import { AlleHerunterladen } from './AlleHerunterladen';
import { fehlermeldung, vorlagenFehler, type ErzeugtesDokument, type Stand } from '../stand';
import type { Vereinbarung } from '../../model/vereinbarung';

const useStyles = makeStyles({
  spalte: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  vorschau: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    maxHeight: '50vh',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground2,
    fontFamily: 'Arial, sans-serif',
    fontSize: '12px',
    whiteSpace: 'pre-wrap',
  },
  absatz: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  knoepfe: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** What happened to a saved Word document (an agreement or a template), as the pane says it. */
export function ergebnisText(e: SpeicherErgebnis): { intent: 'success' | 'info' | 'warning'; text: string } {
  switch (e.art) {
    case 'heruntergeladen':
      return {
        intent: 'success',
        text: 'Das Word-Dokument wird heruntergeladen. Sie finden es im Download-Ordner Ihres Browsers bzw. Computers.',
      };
    case 'dialog':
      return { intent: 'info', text: 'Ein Fenster mit dem Word-Dokument wurde geöffnet. Speichern Sie es dort.' };
    case 'browserfenster':
      return {
        intent: 'info',
        text: 'Excel für Mac kann Dateien nicht direkt aus dem Aufgabenbereich speichern. Deshalb wurde Ihr Standardbrowser mit dem Dokument geöffnet: Klicken Sie dort auf „speichern“. Das Dokument wird dabei nicht ins Internet übertragen.',
      };
    default:
      return {
        intent: 'warning',
        text: `${e.grund} Kopieren Sie stattdessen den Text mit „Text kopieren“ und fügen Sie ihn in Word ein, oder öffnen Sie die Arbeitsmappe auf der Browser-Seite von Zielplaner.`,
      };
  }
}

export function VereinbarungAnsicht(props: {
  umgebung: Arbeitsumgebung;
  stand: Stand;
  dokumentErzeugen: (v: Vereinbarung, entwurf: boolean) => Promise<ErzeugtesDokument>;
  auswahl: number;
  setAuswahl: (i: number) => void;
  /** The choice of the Word template (where this front end can keep one). */
  vorlagenWahl?: React.ReactNode;
  /** The name of the user's own template in use, null for the built-in one. */
  vorlagenName?: string | null;
}): React.ReactElement {
  const { umgebung, stand } = props;
  const s = useStyles();
  const ergebnis = stand.ergebnisse[props.auswahl] ?? stand.ergebnisse[0];
  const [dokument, setDokument] = React.useState<ErzeugtesDokument | null>(null);
  const [text, setText] = React.useState<string[]>([]);
  const [laeuft, setLaeuft] = React.useState(false);
  const [fehler, setFehler] = React.useState<string | null>(null);
  const [vorlagenFehlerTexte, setVorlagenFehlerTexte] = React.useState<readonly string[] | null>(null);
  const [gespeichert, setGespeichert] = React.useState<SpeicherErgebnis | null>(null);
  const [kopiert, setKopiert] = React.useState<string | null>(null);
  const v = ergebnis?.vereinbarung;
  // a document of an agreement with errors is a draft, and says so on every page
  const entwurf = ergebnis ? hatFehler(ergebnis.befunde) : false;

  React.useEffect(() => {
    if (!v) return;
    let aktiv = true;
    setLaeuft(true);
    setFehler(null);
    setVorlagenFehlerTexte(null);
    setGespeichert(null);
    setKopiert(null);
    (async () => {
      try {
        const d = await props.dokumentErzeugen(v, entwurf);
        const absaetze = await dokumentText(d.bytes);
        if (!aktiv) return;
        setDokument(d);
        setText(absaetze);
      } catch (e) {
        if (!aktiv) return;
        // nothing is offered that was not made from what is chosen now
        setDokument(null);
        setText([]);
        const texte = vorlagenFehler(e);
        if (texte) setVorlagenFehlerTexte(texte);
        else
          setFehler(
            e instanceof Error && e.name === 'UnbrauchbareDatei'
              ? e.message
              : `Das Dokument konnte nicht erzeugt werden. ${fehlermeldung(e)}`,
          );
      } finally {
        if (aktiv) setLaeuft(false);
      }
    })();
    return () => {
      aktiv = false;
    };
  }, [v, entwurf, props.dokumentErzeugen]);

  const speichern = async (): Promise<void> => {
    if (!dokument) return;
    try {
      setGespeichert(await umgebung.dokumentSpeichern(dokument.bytes, dokument.dateiname));
    } catch (e) {
      setGespeichert({ art: 'nicht-moeglich', grund: fehlermeldung(e) });
    }
  };
  const kopieren = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text.join('\n'));
      setKopiert('Der Text wurde in die Zwischenablage kopiert. Fügen Sie ihn in Word ein.');
    } catch {
      setKopiert(
        'Kopieren ist hier nicht erlaubt. Markieren Sie den Text in der Vorschau (Strg+A bzw. Cmd+A im Vorschaufeld) und kopieren Sie ihn mit Strg+C bzw. Cmd+C.',
      );
    }
  };

  if (!v) {
    return (
      <section className={s.spalte} aria-labelledby="vereinbarung-titel">
        <Title3 as="h2" id="vereinbarung-titel">
          Vereinbarung
        </Title3>
        <Text>Sobald ein Planungsblatt erkannt ist, erscheint hier die Vorschau der Zielvereinbarung.</Text>
      </section>
    );
  }
  const meldung = gespeichert ? ergebnisText(gespeichert) : null;
  return (
    <section className={s.spalte} aria-labelledby="vereinbarung-titel">
      <Title3 as="h2" id="vereinbarung-titel">
        Vereinbarung
      </Title3>
      <VereinbarungWahl stand={stand} auswahl={props.auswahl} setAuswahl={props.setAuswahl} />
      {props.vorlagenWahl}
      {ergebnis && hatFehler(ergebnis.befunde) ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            Die Planung enthält noch Fehler (siehe „Prüfen“). Das Dokument kann trotzdem erzeugt werden, ist aber so nicht
            unterschriftsreif.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={s.knoepfe}>
        <Button appearance="primary" disabled={!dokument || laeuft} onClick={() => void speichern()}>
          Word-Dokument speichern
        </Button>
        <Button disabled={text.length === 0} onClick={() => void kopieren()}>
          Text kopieren
        </Button>
      </div>
      {meldung ? (
        <MessageBar intent={meldung.intent}>
          <MessageBarBody>{meldung.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {kopiert ? <Text role="status">{kopiert}</Text> : null}
      {fehler ? (
        <MessageBar intent="error">
          <MessageBarBody>{fehler}</MessageBarBody>
        </MessageBar>
      ) : null}
      {vorlagenFehlerTexte ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              Die Vorlage{props.vorlagenName ? ` „${props.vorlagenName}“` : ''} kann nicht verwendet werden. Es wurde nichts erzeugt.
            </MessageBarTitle>
            {vorlagenFehlerTexte.map((t, i) => (
              <div key={i}>{t}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {laeuft ? <Spinner size="tiny" label="Dokument wird erzeugt …" labelPosition="after" /> : null}
      {text.length > 0 ? (
        <div className={s.vorschau} role="region" aria-label={`Vorschau: ${dokument?.dateiname ?? 'Zielvereinbarung'}`} tabIndex={0}>
          {text.map((a, i) => (
            <p key={i} className={s.absatz}>
              {a}
            </p>
          ))}
        </div>
      ) : null}
      {umgebung.zipSpeichern && stand.ergebnisse.length > 1 ? (
        <AlleHerunterladen
          stand={stand}
          erzeugen={(vereinbarung) => props.dokumentErzeugen(vereinbarung, false)}
          speichern={(bytes, name) => umgebung.zipSpeichern!(bytes, name)}
        />
      ) : null}
      {umgebung.art === 'excel' ? (
        <Text size={200}>
          Hinweis für Excel für Mac: Dort kann der Aufgabenbereich keine Dateien herunterladen. Zielplaner öffnet dann Ihren Browser mit dem
          Dokument; alternativ kopieren Sie den Text.
        </Text>
      ) : null}
    </section>
  );
}
