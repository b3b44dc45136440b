/**
 * The pane's way to the template engine (src/document/vorlage): a template the user chose is compiled
 * once (`ladeVorlage`) and filled per agreement (`erzeugeAusVorlage`, which also fills the section
 * tags of a template written from the built-in layout). The engine is loaded only when a
 * template is in use, so the pane starts without it. Errors of a template (`VorlageFehlerhaft`, German
 * sentences naming the tag and where it stands) are passed on for the pane to show.
 */
import type { Vereinbarung } from '../model/vereinbarung';
import type { Vorlage } from '../document/vorlage';
import type { EigeneVorlage } from './vorlagenablage';
import type { ErzeugtesDokument } from './stand';

const motor = () => import(/* webpackChunkName: "dokumentvorlage" */ '../document/vorlage');
const eingebaut = () => import(/* webpackChunkName: "dokumentvorlage" */ '../document/vorlage/eingebaut');

/** The compiled template per chosen file (its bytes), so a batch compiles it once. */
const kompiliert = new WeakMap<Uint8Array, Vorlage>();

async function lade(vorlage: EigeneVorlage): Promise<Vorlage> {
  const fertig = kompiliert.get(vorlage.bytes);
  if (fertig) return fertig;
  const { ladeVorlage } = await motor();
  const neu = ladeVorlage(vorlage.bytes);
  kompiliert.set(vorlage.bytes, neu);
  return neu;
}

/** Checks a chosen template; throws the engine's `VorlageFehlerhaft` when it cannot be used. */
export async function vorlagePruefen(vorlage: EigeneVorlage): Promise<void> {
  await lade(vorlage);
}

/** The document of one agreement from the user's own template; `entwurf` puts the draft mark in it. */
export async function dokumentAusVorlage(v: Vereinbarung, vorlage: EigeneVorlage, entwurf = false): Promise<ErzeugtesDokument> {
  const [kompilierteVorlage, { erzeugeAusVorlage }, { dateiname }] = await Promise.all([
    lade(vorlage),
    eingebaut(),
    import(/* webpackChunkName: "dokumentvorlage" */ '../document/dateiname'),
  ]);
  return { bytes: await erzeugeAusVorlage(kompilierteVorlage, v, { entwurf }), dateiname: dateiname(v) };
}
