import * as React from 'react';
import { Field, Select } from '@fluentui/react-components';
import { quelleText } from '../../model/vereinbarung';
import type { Stand } from '../stand';

/** Chooses one agreement when the workbook holds several (ZV_Liste). Renders nothing for one. */
export function VereinbarungWahl(props: { stand: Stand; auswahl: number; setAuswahl: (i: number) => void }): React.ReactElement | null {
  if (props.stand.ergebnisse.length < 2) return null;
  return (
    <Field label="Vereinbarung">
      <Select value={String(props.auswahl)} onChange={(_, d) => props.setAuswahl(Number(d.value))}>
        {props.stand.ergebnisse.map((e, i) => (
          <option key={`${quelleText(e.vereinbarung.quelle)}-${i}`} value={i}>
            {quelleText(e.vereinbarung.quelle)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
