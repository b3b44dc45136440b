/**
 * The ES5 guard before the bundle (src/taskpane/altbrowser.js): in a fake Trident or EdgeHTML webview
 * (run in a Node vm, without the browser objects a modern browser has) it shows the German message;
 * in a modern browser, where the syntax probe ran, it does nothing. Both files are checked with
 * eslint's parser: the guard parses as ES5, the probe needs the bundle's ES2022.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const ORDNER = join(__dirname, '..', '..', 'src', 'taskpane');
const WAECHTER = readFileSync(join(ORDNER, 'altbrowser.js'), 'utf8');
const PROBE = readFileSync(join(ORDNER, 'syntaxprobe.js'), 'utf8');
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko';
const EDGE18 =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';
const EDGE_NEU =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0';

interface Knoten {
  tag: string;
  kinder: Knoten[];
  text: string;
  attribute: Record<string, string>;
  style: { cssText: string };
  firstChild: Knoten | null;
  appendChild(k: Knoten): void;
  removeChild(k: Knoten): void;
  setAttribute(n: string, w: string): void;
}

function knoten(tag: string): Knoten {
  const k: Knoten = {
    tag,
    kinder: [],
    text: '',
    attribute: {},
    style: { cssText: '' },
    get firstChild() {
      return k.kinder[0] ?? null;
    },
    appendChild: (c) => void k.kinder.push(c),
    removeChild: (c) => void k.kinder.splice(k.kinder.indexOf(c), 1),
    setAttribute: (n, w) => void (k.attribute[n] = w),
  };
  return k;
}
const text = (k: Knoten): string => k.text + k.kinder.map(text).join(' ');

/** An old webview: ES5 globals only (no Promise, no Symbol), a document that is still loading. */
function alteUmgebung(ua: string, art: 'excel' | 'browser', mitProbe: boolean) {
  const wurzel = knoten('div');
  wurzel.appendChild(knoten('noscript'));
  const warten: (() => void)[] = [];
  const document = {
    readyState: 'loading',
    documentElement: { getAttribute: (n: string) => (n === 'data-zielplaner' ? art : null) },
    getElementById: (id: string) => (id === 'root' ? wurzel : null),
    createElement: (tag: string) => knoten(tag),
    createTextNode: (t: string) => ({ ...knoten('#text'), text: t }),
    addEventListener: (typ: string, f: () => void) => void (typ === 'DOMContentLoaded' && warten.push(f)),
  };
  const kontext = vm.createContext({ navigator: { userAgent: ua }, document });
  vm.runInContext('window = this; Promise = undefined; Symbol = undefined;', kontext);
  if (mitProbe) vm.runInContext(PROBE, kontext);
  vm.runInContext(WAECHTER, kontext);
  for (const f of warten) f();
  return { wurzel, kontext };
}

test('in Trident (Office 2019 volume licence) the pane shows the German message instead of a blank page', () => {
  const { wurzel, kontext } = alteUmgebung(IE11, 'excel', false);
  expect(wurzel.kinder).toHaveLength(1);
  expect(wurzel.kinder[0]!.attribute.role).toBe('alert');
  expect(text(wurzel)).toContain('Zielplaner läuft in dieser Excel-Version nicht');
  expect(text(wurzel)).toContain('Verwenden Sie Excel im Web oder die Browser-Seite von Zielplaner');
  expect(vm.runInContext('window.__zielplanerZuAlt', kontext)).toBe(true);
});

test('in EdgeHTML the message shows even where the probe happened to run; the browser page has its own wording', () => {
  expect(text(alteUmgebung(EDGE18, 'excel', true).wurzel)).toContain('Zielplaner läuft in dieser Excel-Version nicht');
  expect(text(alteUmgebung(EDGE18, 'browser', false).wurzel)).toContain('Dieser Browser ist zu alt für Zielplaner');
});

test('in a modern browser the probe runs and the guard leaves the page alone', () => {
  const { wurzel, kontext } = alteUmgebung(EDGE_NEU, 'excel', true);
  expect(wurzel.kinder.map((k) => k.tag)).toEqual(['noscript']);
  expect(vm.runInContext('window.__zielplanerZuAlt', kontext)).toBeUndefined();
});

test('the guard is ES5; the probe needs the syntax of the ES2022 bundle', () => {
  const espree = require('espree');
  expect(() => espree.parse(WAECHTER, { ecmaVersion: 5 })).not.toThrow();
  expect(() => espree.parse(PROBE, { ecmaVersion: 2019 })).toThrow();
  expect(() => espree.parse(PROBE, { ecmaVersion: 2022 })).not.toThrow();
});
