import * as React from 'react';
import { Field, Select } from '@fluentui/react-components';
import { vereinbarungName } from '../anzeige';
import type { Stand } from '../stand';

/** Chooses one agreement when the workbook holds several (ZV_Liste). Renders nothing for one. */
export function VereinbarungWahl(props: { stand: Stand; auswahl: number; setAuswahl: (i: number) => void }): React.ReactElement | null {
  if (props.stand.ergebnisse.length < 2) return null;
  return (
    <Field label="Vereinbarung">
      <Select value={String(props.auswahl)} onChange={(_, d) => props.setAuswahl(Number(d.value))}>
        {props.stand.ergebnisse.map((e, i) => (
          <option key={i} value={i}>
            {vereinbarungName(e.vereinbarung)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
