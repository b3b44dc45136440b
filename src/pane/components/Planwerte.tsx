import * as React from 'react';
import {
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Arbeitsumgebung } from '../umgebung';
import {
  HERKUNFT_TEXT,
  TEIL_TITEL,
  integrationstabelle,
  plantabellen,
  planwerte,
  wertText,
  type Planwert,
  type Planzelle,
} from '../anzeige';
import { VereinbarungWahl } from './Auswahl';
import type { Aktion, Stand } from '../stand';

const useStyles = makeStyles({
  spalte: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  liste: { listStyleType: 'none', margin: 0, padding: 0 },
  zeile: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, padding: `${tokens.spacingVerticalXS} 0` },
  hinweis: { display: 'block', paddingLeft: '2rem', color: tokens.colorNeutralForeground3 },
  tabelle: { tableLayout: 'auto', width: '100%' },
  zahl: { textAlign: 'right', verticalAlign: 'top', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  wert: { display: 'block', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  // the origin is a word, not a colour: "eingegeben" plain, "berechnet" in italics, "fehlt" muted
  eingegeben: { display: 'block', color: tokens.colorNeutralForeground3 },
  abgeleitet: { display: 'block', color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  fehlt: { display: 'block', color: tokens.colorNeutralForeground4 },
  widerspruch: {
    display: 'block',
    whiteSpace: 'nowrap',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteRedForeground1,
  },
});

/**
 * One cell of the table: the value in force, its origin as a word (not colour alone), and, where the
 * entry contradicts its derivation, the derived value beside it. The cell's address is its tooltip.
 */
function Wertzelle(props: { z: Planzelle }): React.ReactElement {
  const { z } = props;
  const s = useStyles();
  return (
    <TableCell className={s.zahl} title={z.adresse}>
      <span className={s.wert}>{z.text}</span>
      <Caption1 className={s[z.herkunft]}>{HERKUNFT_TEXT[z.herkunft]}</Caption1>
      {z.abgeleitetText ? <Caption1 className={s.widerspruch}>≠ berechnet {z.abgeleitetText}</Caption1> : null}
    </TableCell>
  );
}

export function Planwerte(props: {
  umgebung: Arbeitsumgebung;
  stand: Stand;
  aktion: Aktion;
  auswahl: number;
  setAuswahl: (i: number) => void;
}): React.ReactElement {
  const { umgebung, stand, aktion } = props;
  const s = useStyles();
  const liste = React.useMemo(
    () => (stand.mappe ? planwerte(stand.mappe, stand.ergebnisse, props.auswahl) : []),
    [stand.mappe, stand.ergebnisse, props.auswahl],
  );
  const tabellen = React.useMemo(() => {
    const e = stand.ergebnisse[props.auswahl];
    return e ? plantabellen(e) : [];
  }, [stand.ergebnisse, props.auswahl]);
  const integrationen = React.useMemo(() => {
    const e = stand.ergebnisse[props.auswahl];
    return e ? integrationstabelle(e) : null;
  }, [stand.ergebnisse, props.auswahl]);
  const [gewaehlt, setGewaehlt] = React.useState<ReadonlySet<string>>(new Set());
  const [frage, setFrage] = React.useState<Planwert[] | null>(null);
  React.useEffect(() => {
    // derived values for empty cells are preselected; entered values only on the user's choice
    setGewaehlt(new Set(liste.filter((p) => p.eingegeben === undefined).map((p) => p.adresse)));
  }, [liste]);

  const schreiben = (werte: Planwert[]): void => {
    void aktion(async () => {
      await umgebung.werteSchreiben!(werte.map((p) => ({ feld: p.feld.name, adresse: p.adresse, wert: p.zellwert })));
      return `${werte.length} ${werte.length === 1 ? 'Planwert wurde' : 'Planwerte wurden'} in die Zellen geschrieben.`;
    });
  };
  const start = (): void => {
    const werte = liste.filter((p) => gewaehlt.has(p.adresse));
    if (werte.some((p) => p.eingegeben !== undefined)) setFrage(werte);
    else schreiben(werte);
  };

  return (
    <section className={s.spalte} aria-labelledby="planwerte-titel">
      <Title3 as="h2" id="planwerte-titel">
        Planwerte
      </Title3>
      <VereinbarungWahl stand={stand} auswahl={props.auswahl} setAuswahl={props.setAuswahl} />
      {tabellen.length > 0 ? (
        <Text size={200}>
          „eingegeben“: der Wert steht in Ihrer Arbeitsmappe; „berechnet“: Zielplaner leitet ihn aus den anderen Werten ab. „≠ berechnet“
          zeigt, wo ein eingegebener Wert den Werten widerspricht, aus denen er sich ergibt (siehe Prüfen).
        </Text>
      ) : null}
      {tabellen.map((t) => (
        <section key={t.kennzahl} aria-labelledby={`planwerte-${t.kennzahl}`}>
          <Subtitle2 as="h3" id={`planwerte-${t.kennzahl}`}>
            {t.titel}
          </Subtitle2>
          <Table size="small" className={s.tabelle} aria-labelledby={`planwerte-${t.kennzahl}`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Gruppe</TableHeaderCell>
                {(['VJ', 'Veraenderung', 'Ziel'] as const).map((teil) => (
                  <TableHeaderCell key={teil} className={s.zahl}>
                    {TEIL_TITEL[teil]}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {t.zeilen.map((z) => (
                <TableRow key={z.geschlecht}>
                  <TableHeaderCell scope="row">{z.titel}</TableHeaderCell>
                  {z.zellen.map((c) => (
                    <Wertzelle key={c.teil} z={c} />
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ))}
      {integrationen ? (
        <section aria-labelledby="planwerte-INT">
          <Subtitle2 as="h3" id="planwerte-INT">
            Integrationen (mindestens)
          </Subtitle2>
          <Table size="small" className={s.tabelle} aria-labelledby="planwerte-INT">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Gruppe</TableHeaderCell>
                <TableHeaderCell className={s.zahl}>{TEIL_TITEL.Ziel}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {integrationen.map((z) => (
                <TableRow key={z.geschlecht}>
                  <TableHeaderCell scope="row">{z.titel}</TableHeaderCell>
                  <Wertzelle z={z.zelle} />
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ) : null}
      {liste.length === 0 ? (
        <Text>Alle berechenbaren Planwerte stehen bereits in den Zellen; es gibt nichts zu übernehmen.</Text>
      ) : (
        <>
          <Subtitle2 as="h3">Berechnete Werte übernehmen</Subtitle2>
          <Text>
            Aus Ihren Eingaben abgeleitete Werte für leere Zellen und für eingegebene Werte, die ihnen widersprechen.
            {umgebung.werteSchreiben ? ' Eingegebene Werte werden nur nach Rückfrage überschrieben.' : ''}
          </Text>
          <ul className={s.liste}>
            {liste.map((p) => (
              <li key={p.adresse} className={s.zeile}>
                {umgebung.werteSchreiben ? (
                  <Checkbox
                    checked={gewaehlt.has(p.adresse)}
                    onChange={(_, d) => {
                      const neu = new Set(gewaehlt);
                      if (d.checked) neu.add(p.adresse);
                      else neu.delete(p.adresse);
                      setGewaehlt(neu);
                    }}
                    label={`${p.feld.bezeichnung}: ${wertText(p.feld, p.abgeleitet)} (${p.adresse})`}
                  />
                ) : (
                  <Text>{`${p.feld.bezeichnung}: ${wertText(p.feld, p.abgeleitet)} (${p.adresse})`}</Text>
                )}
                {p.eingegeben !== undefined ? (
                  <Text size={200} className={s.hinweis}>
                    Eingegeben ist {wertText(p.feld, p.eingegeben)}; abgeleitet ergibt sich {wertText(p.feld, p.abgeleitet)}.
                  </Text>
                ) : null}
              </li>
            ))}
          </ul>
          {umgebung.werteSchreiben ? (
            <Button appearance="primary" disabled={gewaehlt.size === 0} onClick={start}>
              Planwerte in die Zellen schreiben
            </Button>
          ) : (
            <Text>
              {umgebung.art === 'browser'
                ? 'Die berechneten Werte stehen in der Kopie, die „Geprüfte Arbeitsmappe herunterladen“ liefert; Ihre Datei selbst bleibt unverändert.'
                : 'Die Werte lassen sich hier nicht in die Datei schreiben; übernehmen Sie sie in Excel.'}
            </Text>
          )}
        </>
      )}
      <Dialog open={frage !== null} onOpenChange={(_, d) => (d.open ? undefined : setFrage(null))}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Eingegebene Werte überschreiben?</DialogTitle>
            <DialogContent>
              {(frage ?? [])
                .filter((p) => p.eingegeben !== undefined)
                .map((p) => (
                  <p key={p.adresse}>
                    {p.feld.bezeichnung} ({p.adresse}): {wertText(p.feld, p.eingegeben!)} wird durch {wertText(p.feld, p.abgeleitet)}{' '}
                    ersetzt.
                  </p>
                ))}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  const werte = frage ?? [];
                  setFrage(null);
                  schreiben(werte);
                }}
              >
                Überschreiben
              </Button>
              <Button
                onClick={() => {
                  const werte = (frage ?? []).filter((p) => p.eingegeben === undefined);
                  setFrage(null);
                  if (werte.length > 0) schreiben(werte);
                }}
              >
                Nur leere Zellen füllen
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
