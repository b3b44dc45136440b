/**
 * The table part of the coming "Nachhalten" tab: per Kennzahl and gender Ziel, Ist, Soll, Abweichung,
 * Prognose and the Ampel (word and colour), with the month compared and the data basis. Not yet wired
 * into the tabs (the chart follows with the tab).
 */
import * as React from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  abweichungText,
  AMPEL_FARBE,
  ampelText,
  datenbasis,
  GESCHLECHT_ANZEIGE,
  kennzahlWert,
  monatName,
  ppText,
  type Nachhaltung,
} from '../../nachhalten';

const useStyles = makeStyles({
  zahl: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  ampel: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  punkt: { width: '0.75rem', height: '0.75rem', borderRadius: '50%', display: 'inline-block' },
});

export function Nachhaltungstabelle(props: { nachhaltung: Nachhaltung }): React.ReactElement {
  const n = props.nachhaltung;
  const s = useStyles();
  if (!n.monat || n.kennzahlen.length === 0) return <Text>Für das Zieljahr liegen in ZV_Ist noch keine Monatswerte vor.</Text>;
  return (
    <div>
      <Text as="p">
        Stand {monatName(n.monat)}; {datenbasis(n.datenstand, n.wartezeit)}
      </Text>
      <Table size="small" aria-label={`Zielnachhaltung ${n.titel}`}>
        <TableHeader>
          <TableRow>
            {['Kennzahl', 'Ziel', 'Ist', 'Soll', 'Abweichung', 'Prognose Dez.', 'Ampel'].map((k) => (
              <TableHeaderCell key={k}>{k}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {n.kennzahlen.map((z) => (
            <TableRow key={`${z.kennzahl}-${z.geschlecht}`}>
              <TableCell>
                {z.kennzahl} {GESCHLECHT_ANZEIGE[z.geschlecht]}
                {z.monat === n.monat ? '' : ` (${monatName(z.monat)})`}
              </TableCell>
              <TableCell className={s.zahl}>{kennzahlWert(z.kennzahl, z.ziel)}</TableCell>
              <TableCell className={s.zahl}>{kennzahlWert(z.kennzahl, z.ist)}</TableCell>
              <TableCell className={s.zahl}>{kennzahlWert(z.kennzahl, z.soll)}</TableCell>
              <TableCell className={s.zahl}>
                {abweichungText(z.abweichung)}
                {z.abweichungPp !== undefined ? ` (${ppText(z.abweichungPp)})` : ''}
              </TableCell>
              <TableCell className={s.zahl}>{kennzahlWert(z.kennzahl, z.prognose)}</TableCell>
              <TableCell>
                <span className={s.ampel}>
                  {z.ampel ? <span className={s.punkt} aria-hidden="true" style={{ backgroundColor: `#${AMPEL_FARBE[z.ampel]}` }} /> : null}
                  {ampelText(z.ampel)}
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
