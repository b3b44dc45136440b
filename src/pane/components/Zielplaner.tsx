/**
 * The pane: one component that both front ends render, the Excel task pane (over the Office.js
 * adapter) and the browser page (over the .xlsx adapter). Everything the user reads is German.
 */
import * as React from 'react';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { pruefeMappe } from '../../kern';
import { UnbrauchbareDatei, type Pruefergebnis, type Vereinbarung } from '../../model/vereinbarung';
import { alleBefunde, fehlermeldung, standardDokument, type Bereich, type DokumentErzeugen, type Stand } from '../stand';
import type { EigeneVorlage } from '../vorlagenablage';
import { anzahlText } from '../anzeige';
import type { Arbeitsmappe } from '../../lesen/port';
import type { Arbeitsumgebung } from '../umgebung';
import { Start } from './Start';
import { Zuordnen } from './Zuordnen';
import { Pruefen } from './Pruefen';
import { Planwerte } from './Planwerte';
import { VereinbarungAnsicht } from './VereinbarungAnsicht';
import { Nachhalten } from './Nachhalten';
import { VorlageWahl } from './VorlageWahl';

/** Checks a chosen template with the engine, loaded only when a template is chosen. */
async function standardVorlagePruefen(vorlage: EigeneVorlage): Promise<void> {
  const { vorlagePruefen } = await import(/* webpackChunkName: "dokumentvorlage" */ '../vorlagenMotor');
  await vorlagePruefen(vorlage);
}

export interface ZielplanerProps {
  readonly umgebung: Arbeitsumgebung;
  /** Fluent theme; the task pane passes the one matching the Office theme. */
  readonly thema?: Theme;
  /** The core's facade (tests may pass another). */
  readonly pruefen?: (mappe: Arbeitsmappe) => Pruefergebnis[];
  /**
   * Builds the .docx; by default the document builder (or, with the user's own template, the template
   * engine), loaded only when first needed.
   */
  readonly dokumentErzeugen?: DokumentErzeugen;
  /** Checks the user's own template (by default with the template engine). */
  readonly vorlagePruefen?: (vorlage: EigeneVorlage) => Promise<void>;
  /** Extra content above the tabs (the browser page's file chooser). */
  readonly kopf?: React.ReactNode;
  readonly startBereich?: Bereich;
}

const useStyles = makeStyles({
  wurzel: { display: 'flex', flexDirection: 'column', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  kopf: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
  // a task pane is narrow (320 px and up): the tabs wrap instead of being cut off
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap' },
  inhalt: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  status: { minHeight: '1.5em' },
});

/** Shows a German sentence instead of an empty pane if a component fails to render. */
class Auffangen extends React.Component<{ children: React.ReactNode }, { kaputt: boolean }> {
  override state = { kaputt: false };
  static getDerivedStateFromError(): { kaputt: boolean } {
    return { kaputt: true };
  }
  override render(): React.ReactNode {
    if (!this.state.kaputt) return this.props.children;
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          Diese Ansicht konnte nicht angezeigt werden. Wechseln Sie den Bereich oder öffnen Sie Zielplaner neu; Ihre Arbeitsmappe ist davon
          nicht betroffen.
        </MessageBarBody>
      </MessageBar>
    );
  }
}

export function Zielplaner(props: ZielplanerProps): React.ReactElement {
  const { umgebung } = props;
  const pruefen = props.pruefen ?? pruefeMappe;
  const erzeugeMitVorlage = props.dokumentErzeugen ?? standardDokument;
  const ablage = umgebung.vorlagenablage;
  // the own template kept in this browser from last time, or the built-in layout
  const [vorlage, setVorlage] = React.useState<EigeneVorlage | null>(() => ablage?.lesen() ?? null);
  const dokumentErzeugen = React.useCallback(
    (v: Vereinbarung, entwurf: boolean) => erzeugeMitVorlage(v, entwurf, vorlage),
    [erzeugeMitVorlage, vorlage],
  );
  const s = useStyles();
  const [bereich, setBereich] = React.useState<Bereich>(props.startBereich ?? 'start');
  const [stand, setStand] = React.useState<Stand>({ mappe: null, ergebnisse: [], keinPlanungsblatt: null });
  const [laeuft, setLaeuft] = React.useState(false);
  const [fehler, setFehler] = React.useState<string | null>(null);
  const [meldung, setMeldung] = React.useState<string>('');
  // the check's result ("Geprüft: 0 Fehler, 1 Warnung.") is shown once, in the status line of Start;
  // the other areas show their own counts, the status line there only what an action did
  const [ergebnisText, setErgebnisText] = React.useState<string>('');
  // highlights write into the workbook (it counts as changed, and Excel keeps an undo entry): only on request
  const [markierungenAn, setMarkierungenAn] = React.useState<boolean>(false);
  const [auswahl, setAuswahl] = React.useState(0);
  const lauf = React.useRef(0);
  const markierenRef = React.useRef(markierungenAn);
  markierenRef.current = markierungenAn;

  const pruefeJetzt = React.useCallback(
    async (danach?: string, schreiben = true): Promise<void> => {
      const nr = ++lauf.current;
      setLaeuft(true);
      setFehler(null);
      try {
        const mappe = await umgebung.lesen();
        let ergebnisse: Pruefergebnis[] = [];
        let kein: string | null = null;
        try {
          ergebnisse = pruefen(mappe);
        } catch (e) {
          if (e instanceof UnbrauchbareDatei) kein = e.message;
          else throw e;
        }
        if (nr !== lauf.current) return;
        setStand({ mappe, ergebnisse, keinPlanungsblatt: kein });
        setAuswahl((a) => (a < ergebnisse.length ? a : 0));
        const befunde = alleBefunde(ergebnisse);
        const hinweis = schreiben && markierenRef.current && umgebung.markieren ? await umgebung.markieren(befunde) : undefined;
        // without a planning sheet, Start says so itself
        setErgebnisText(kein ? '' : `Geprüft: ${anzahlText(befunde, 'error')}, ${anzahlText(befunde, 'warning')}.`);
        setMeldung([danach, hinweis].filter((t) => t).join(' '));
      } catch (e) {
        if (nr === lauf.current) setFehler(fehlermeldung(e));
      } finally {
        if (nr === lauf.current) setLaeuft(false);
      }
    },
    [umgebung, pruefen],
  );

  React.useEffect(() => {
    void pruefeJetzt();
    const abmelden = umgebung.onAenderung?.(({ vonAnderen }) =>
      vonAnderen
        ? void pruefeJetzt('Die Mappe wurde von jemand anderem geändert und erneut geprüft.', false)
        : void pruefeJetzt('Nach Ihrer Änderung erneut geprüft.'),
    );
    return () => abmelden?.();
  }, [umgebung, pruefeJetzt]);

  /** Runs an action against the workbook, shows its German error, and re-checks when asked. */
  const aktion = React.useCallback(
    async (arbeit: () => Promise<string | void>, danachPruefen = true): Promise<boolean> => {
      setFehler(null);
      try {
        const text = await arbeit();
        if (text) setMeldung(text);
        if (danachPruefen) await pruefeJetzt(text || undefined);
        return true;
      } catch (e) {
        setFehler(fehlermeldung(e));
        return false;
      }
    },
    [pruefeJetzt],
  );

  const markierungenUmschalten = React.useCallback(
    async (an: boolean) => {
      setMarkierungenAn(an);
      markierenRef.current = an;
      await aktion(async () => {
        if (an) {
          const hinweis = await umgebung.markieren?.(alleBefunde(stand.ergebnisse));
          return hinweis ? `Die Befunde sind in den Zellen markiert. ${hinweis}` : 'Die Befunde sind in den Zellen markiert.';
        }
        const hinweis = await umgebung.markierungenEntfernen?.();
        const text = 'Die Markierungen wurden entfernt; die Zellen sind wieder wie vorher.';
        return hinweis ? `${text} ${hinweis}` : text;
      }, false);
    },
    [aktion, umgebung, stand.ergebnisse],
  );

  // the built-in layout of the agreement shown, to download as a template to start from
  const gezeigt = (stand.ergebnisse[auswahl] ?? stand.ergebnisse[0])?.vereinbarung;
  const eingebauteVorlage =
    gezeigt?.art && gezeigt.jahr !== null
      ? { art: gezeigt.art, jahr: gezeigt.jahr, speichern: (b: Uint8Array, n: string) => umgebung.dokumentSpeichern(b, n) }
      : null;

  const anzahlFehler = alleBefunde(stand.ergebnisse).filter((b) => b.severity === 'error').length;

  return (
    <FluentProvider theme={props.thema ?? webLightTheme} lang="de">
      <div className={s.wurzel}>
        {props.kopf ? <div className={s.kopf}>{props.kopf}</div> : null}
        <TabList
          className={s.tabs}
          selectedValue={bereich}
          onTabSelect={(_, d) => {
            setBereich(d.value as Bereich);
            setMeldung('');
          }}
          aria-label="Bereiche von Zielplaner"
          size="small"
        >
          <Tab value="start">Start</Tab>
          <Tab value="zuordnen">Felder zuordnen</Tab>
          <Tab value="pruefen" aria-label={`Prüfen, ${anzahlFehler} Fehler`}>
            Prüfen{anzahlFehler > 0 ? ` (${anzahlFehler})` : ''}
          </Tab>
          <Tab value="planwerte">Planwerte</Tab>
          <Tab value="vereinbarung">Vereinbarung</Tab>
          <Tab value="nachhalten">Nachhalten</Tab>
        </TabList>
        <main className={s.inhalt} aria-busy={laeuft}>
          <div role="status" aria-live="polite" className={s.status}>
            {laeuft ? (
              <Spinner size="tiny" label="Arbeitsmappe wird geprüft …" labelPosition="after" />
            ) : (
              meldung || (bereich === 'start' ? ergebnisText : '')
            )}
          </div>
          {fehler ? (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>Das hat nicht geklappt.</MessageBarTitle>
                {fehler}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <Auffangen key={bereich}>
            {bereich === 'start' ? (
              <Start umgebung={umgebung} stand={stand} aktion={aktion} zuBereich={setBereich} />
            ) : bereich === 'zuordnen' ? (
              <Zuordnen umgebung={umgebung} stand={stand} aktion={aktion} />
            ) : bereich === 'pruefen' ? (
              <Pruefen
                umgebung={umgebung}
                stand={stand}
                aktion={aktion}
                erneut={pruefeJetzt}
                markierungenAn={markierungenAn}
                markierungenUmschalten={markierungenUmschalten}
              />
            ) : bereich === 'planwerte' ? (
              <Planwerte umgebung={umgebung} stand={stand} aktion={aktion} auswahl={auswahl} setAuswahl={setAuswahl} />
            ) : bereich === 'nachhalten' ? (
              <Nachhalten umgebung={umgebung} stand={stand} aktion={aktion} />
            ) : (
              <VereinbarungAnsicht
                umgebung={umgebung}
                stand={stand}
                dokumentErzeugen={dokumentErzeugen}
                vorlagenWahl={
                  ablage ? (
                    <VorlageWahl
                      ablage={ablage}
                      vorlage={vorlage}
                      setVorlage={setVorlage}
                      pruefen={props.vorlagePruefen ?? standardVorlagePruefen}
                      eingebaute={eingebauteVorlage}
                    />
                  ) : null
                }
                vorlagenName={vorlage?.name ?? null}
                auswahl={auswahl}
                setAuswahl={setAuswahl}
              />
            )}
          </Auffangen>
        </main>
      </div>
    </FluentProvider>
  );
}
