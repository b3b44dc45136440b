/**
 * `npm start`'s server (scripts/start.mjs) over a folder of our own: it serves files with the right
 * types, never anything outside the folder, prints the addresses a user needs, and stops cleanly.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WURZEL } from './hilfen';

interface Antwort {
  status: number;
  typ: string | undefined;
  text: string;
}

/** A raw GET/POST (the path is sent as given, without the client normalising `..`). */
function hole(adresse: string, pfad: string, methode = 'GET'): Promise<Antwort> {
  const u = new URL(adresse);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path: pfad, method: methode }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, typ: res.headers['content-type'], text }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('npm start server (scripts/start.mjs)', () => {
  let ordner: string;
  let adresse: string;
  let ausgabe = '';
  let prozess: ReturnType<typeof spawn>;

  beforeAll(async () => {
    ordner = mkdtempSync(path.join(tmpdir(), 'zielplaner-server-'));
    const web = path.join(ordner, 'web');
    mkdirSync(path.join(web, 'beispiele'), { recursive: true });
    writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>Zielplaner</title>');
    writeFileSync(path.join(web, 'app.js'), 'console.log(1)');
    writeFileSync(path.join(web, 'manifest.xml'), '<OfficeApp/>');
    writeFileSync(path.join(web, 'beispiele', 'Planung 2026.xlsx'), 'PK');
    writeFileSync(path.join(ordner, 'geheim.txt'), 'nicht ausliefern');
    prozess = spawn(
      process.execPath,
      [path.join(WURZEL, 'scripts', 'start.mjs'), '--ordner', web, '--http', '--host', '127.0.0.1', '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    prozess.stdout?.setEncoding('utf8').on('data', (d: string) => (ausgabe += d));
    prozess.stderr?.setEncoding('utf8').on('data', (d: string) => (ausgabe += d));
    adresse = await new Promise<string>((resolve, reject) => {
      const frist = setTimeout(() => reject(new Error(`no address within 15 s:\n${ausgabe}`)), 15_000);
      prozess.stdout?.on('data', () => {
        const m = /Browser-Modus:\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(ausgabe);
        if (m?.[1] && ausgabe.includes('Beenden mit Strg+C')) {
          clearTimeout(frist);
          resolve(m[1]);
        }
      });
    });
  });

  afterAll(() => {
    if (prozess.exitCode === null) prozess.kill('SIGKILL');
    rmSync(ordner, { recursive: true, force: true });
  });

  test('prints the browser-mode address, the task pane and the manifest for sideloading, in German', () => {
    expect(ausgabe).toContain(`Browser-Modus:            ${adresse}`);
    expect(ausgabe).toContain(`${adresse}taskpane.html`);
    expect(ausgabe).toContain(`Manifest zum Querladen:   ${adresse}manifest.xml`);
    expect(ausgabe).toContain('Beenden mit Strg+C');
  });

  test('serves the front page at / and files with their MIME types', async () => {
    const start = await hole(adresse, '/');
    expect(start.status).toBe(200);
    expect(start.typ).toBe('text/html; charset=utf-8');
    expect(start.text).toContain('<title>Zielplaner</title>');
    expect((await hole(adresse, '/app.js')).typ).toBe('text/javascript; charset=utf-8');
    expect((await hole(adresse, '/manifest.xml')).typ).toBe('application/xml; charset=utf-8');
    const mappe = await hole(adresse, '/beispiele/Planung%202026.xlsx');
    expect(mappe.status).toBe(200);
    expect(mappe.typ).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  test('never serves a file outside its folder, however the path is spelled', async () => {
    for (const pfad of [
      '/../geheim.txt',
      '/%2e%2e/geheim.txt',
      '/beispiele/..%2f..%2fgeheim.txt',
      '/..%5cgeheim.txt',
      '/%00',
      '/%E0%A4%A',
    ]) {
      const a = await hole(adresse, pfad);
      expect({ pfad, status: a.status }).toEqual({ pfad, status: 404 });
      expect(a.text).not.toContain('nicht ausliefern');
    }
    expect((await hole(adresse, '/fehlt.js')).status).toBe(404);
  });

  test('answers only GET and HEAD', async () => {
    expect((await hole(adresse, '/', 'POST')).status).toBe(405);
    const kopf = await hole(adresse, '/app.js', 'HEAD');
    expect(kopf.status).toBe(200);
    expect(kopf.text).toBe('');
  });

  test('stops cleanly on SIGINT (Ctrl+C) with exit code 0', async () => {
    const ende = new Promise<number | null>((resolve) => prozess.on('exit', (code) => resolve(code)));
    prozess.kill('SIGINT');
    await expect(ende).resolves.toBe(0);
    expect(ausgabe).toContain('SIGINT empfangen');
    await expect(hole(adresse, '/')).rejects.toThrow();
  });
});
