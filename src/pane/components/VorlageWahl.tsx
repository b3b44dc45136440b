/**
 * The choice of the Word template: the built-in layout (for the agreement's kind and year) or the
 * user's own template (.docx with `{ZV_…}` tags). The chosen file is checked at once; a template with
 * errors is not taken, and its errors (German sentences naming the tag and where it stands) are shown.
 * A template that is taken stays in this browser (Vorlagenablage) for the next time; it is never sent
 * anywhere. The built-in layout of the agreement's kind and year can be downloaded as a template to
 * start from (the same file as `zielplaner vorlage`, src/document/vorlage/eingebaut.ts).
 */
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { fehlermeldung, vorlagenFehler } from '../stand';
import type { Art } from '../../catalogue/felder';
import type { SpeicherErgebnis } from '../umgebung';
import type { EigeneVorlage, Vorlagenablage } from '../vorlagenablage';
import { ergebnisText } from './VereinbarungAnsicht';

const useStyles = makeStyles({
  spalte: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  knoepfe: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  versteckt: { display: 'none' },
});

const DOCX_TYPEN = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The file's bytes. FileReader rather than `Blob.arrayBuffer`, which older Office web views lack. */
function leseDatei(datei: Blob): Promise<Uint8Array> {
  return new Promise((fertig, fehler) => {
    const leser = new FileReader();
    leser.onload = () => fertig(new Uint8Array(leser.result as ArrayBuffer));
    leser.onerror = () => fehler(leser.error ?? new Error('read failed'));
    leser.readAsArrayBuffer(datei);
  });
}

type Meldung =
  | { readonly art: 'fehler'; readonly titel: string; readonly texte: readonly string[] }
  | { readonly art: 'hinweis'; readonly text: string }
  | { readonly art: 'ok'; readonly text: string }
  | { readonly art: 'gespeichert'; readonly intent: 'success' | 'info' | 'warning'; readonly text: string };

/** The built-in layout to offer as a template: the kind and year of the agreement shown, and how to save a file. */
export interface EingebauteVorlage {
  readonly art: Art;
  readonly jahr: number;
  readonly speichern: (bytes: Uint8Array, dateiname: string) => Promise<SpeicherErgebnis>;
}

export function VorlageWahl(props: {
  ablage: Vorlagenablage;
  /** The template in use, null for the built-in layout. */
  vorlage: EigeneVorlage | null;
  setVorlage: (vorlage: EigeneVorlage | null) => void;
  /** Checks a template; throws the engine's `VorlageFehlerhaft` when it cannot be used. */
  pruefen: (vorlage: EigeneVorlage) => Promise<void>;
  /** The built-in layout to download as a template; absent when no agreement with kind and year is read. */
  eingebaute?: EingebauteVorlage | null;
}): React.ReactElement {
  const s = useStyles();
  const eingabe = React.useRef<HTMLInputElement>(null);
  const [prueft, setPrueft] = React.useState<string | null>(null);
  const [meldung, setMeldung] = React.useState<Meldung | null>(null);

  const waehle = async (datei: File): Promise<void> => {
    setMeldung(null);
    if (!/\.docx$/i.test(datei.name)) {
      setMeldung({
        art: 'fehler',
        titel: `„${datei.name}“ ist keine Word-Vorlage.`,
        texte: ['Bitte wählen Sie ein Word-Dokument im Format .docx (in Word: „Speichern unter“ › „Word-Dokument (*.docx)“).'],
      });
      return;
    }
    setPrueft(datei.name);
    try {
      const vorlage: EigeneVorlage = { name: datei.name, bytes: await leseDatei(datei) };
      await props.pruefen(vorlage);
      const hinweis = props.ablage.speichern(vorlage);
      props.setVorlage(vorlage);
      setMeldung(
        hinweis
          ? { art: 'hinweis', text: hinweis }
          : {
              art: 'ok',
              text: `Die Dokumente werden jetzt mit Ihrer Vorlage „${datei.name}“ erzeugt. Sie bleibt in diesem Browser gespeichert.`,
            },
      );
    } catch (e) {
      const texte = vorlagenFehler(e);
      setMeldung({
        art: 'fehler',
        titel: `Die Vorlage „${datei.name}“ kann nicht verwendet werden. Es wurde nichts erzeugt.`,
        texte: texte ?? [fehlermeldung(e)],
      });
    } finally {
      setPrueft(null);
    }
  };

  const eingebauteHerunterladen = async (e: EingebauteVorlage): Promise<void> => {
    setMeldung(null);
    const dateiname = `Vorlage_Zielvereinbarung_${e.art}_${e.jahr}.docx`;
    setPrueft(dateiname);
    try {
      const { eingebauteVorlage } = await import(/* webpackChunkName: "dokumentvorlage" */ '../../document/vorlage/eingebaut');
      const ergebnis = await e.speichern(await eingebauteVorlage(e.art, e.jahr), dateiname);
      const t = ergebnisText(ergebnis);
      setMeldung({
        art: 'gespeichert',
        intent: t.intent,
        text:
          ergebnis.art === 'nicht-moeglich'
            ? t.text
            : `${t.text} „${dateiname}“ ist das eingebaute Layout (${e.art}, Jahr ${e.jahr}) mit einem Feld je Abschnitt: Verschieben Sie Abschnitte, ändern Sie Überschriften oder ergänzen Sie Ihren Briefkopf in Word oder LibreOffice Writer, und wählen Sie die Datei dann mit „Eigene Vorlage wählen“.`,
      });
    } catch (fehler) {
      setMeldung({ art: 'fehler', titel: 'Die Vorlage konnte nicht erstellt werden.', texte: [fehlermeldung(fehler)] });
    } finally {
      setPrueft(null);
    }
  };

  const eingebaut = (): void => {
    props.ablage.entfernen();
    props.setVorlage(null);
    setMeldung({ art: 'ok', text: 'Die Dokumente werden wieder mit der eingebauten Vorlage erzeugt.' });
  };

  return (
    <section className={s.spalte} aria-label="Word-Vorlage">
      <Text>
        Vorlage:{' '}
        {props.vorlage ? (
          <>
            Ihre eigene Vorlage <strong data-testid="vorlagenname">„{props.vorlage.name}“</strong>
          </>
        ) : (
          'die eingebaute Vorlage (Aufbau nach Art und Jahr der Vereinbarung)'
        )}
      </Text>
      <div className={s.knoepfe}>
        <Button onClick={() => eingabe.current?.click()} disabled={prueft !== null}>
          Eigene Vorlage wählen (.docx)
        </Button>
        {props.vorlage ? (
          <Button appearance="subtle" onClick={eingebaut} disabled={prueft !== null}>
            Eingebaute Vorlage verwenden
          </Button>
        ) : null}
        {props.eingebaute ? (
          <Button appearance="subtle" onClick={() => void eingebauteHerunterladen(props.eingebaute!)} disabled={prueft !== null}>
            Eingebautes Layout als Vorlage herunterladen
          </Button>
        ) : null}
        <input
          ref={eingabe}
          className={s.versteckt}
          type="file"
          accept={DOCX_TYPEN}
          aria-label="Eigene Word-Vorlage (.docx) auswählen"
          tabIndex={-1}
          onChange={(e) => {
            const datei = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (datei) void waehle(datei);
          }}
        />
        {prueft ? <Spinner size="tiny" label={`„${prueft}“ wird geprüft …`} labelPosition="after" /> : null}
      </div>
      {meldung?.art === 'fehler' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{meldung.titel}</MessageBarTitle>
            {meldung.texte.map((t, i) => (
              <div key={i}>{t}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      ) : meldung?.art === 'gespeichert' ? (
        <MessageBar intent={meldung.intent}>
          <MessageBarBody>{meldung.text}</MessageBarBody>
        </MessageBar>
      ) : meldung ? (
        <MessageBar intent={meldung.art === 'hinweis' ? 'warning' : 'success'}>
          <MessageBarBody>{meldung.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text size={200}>
        Ihre Vorlage bleibt nur in diesem Browser auf diesem Rechner; sie wird nirgendwohin gesendet. Welche Felder ({'{ZV_…}'}) eine
        Vorlage enthalten kann, steht in der Anleitung, Abschnitt „Eigene Vorlagen“.
      </Text>
    </section>
  );
}
