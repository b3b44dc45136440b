#!/usr/bin/env node
// `npm start`: builds Zielplaner's web front ends (webpack) and serves dist/ on
// https://localhost:3000 with an Office development certificate, so that
//   - the browser mode runs at https://localhost:3000/ (dist/index.html), and
//   - Excel can sideload manifest.xml, whose task pane lives at https://localhost:3000/taskpane.html.
// When no trusted certificate can be set up (installing one into the system store needs sudo), it
// serves on plain http instead and says so. Ctrl+C (SIGINT) or SIGTERM stops it cleanly.
//
//   node scripts/start.mjs [--dev] [--no-build] [--http] [--port 3000] [--host localhost]
//
//   --dev        development build (webpack --mode development) instead of production
//   --no-build   serve dist/ as it is (build only when dist/index.html is missing)
//   --http       do not try the certificate at all; serve on http
//   --port N     port (default 3000 or $PORT; 0 picks a free one)
//   --host H     interface to listen on (default localhost)
//   --ordner D   serve folder D instead of dist/ (no build; for tests)
//
// The server is a small static file server on node:http/node:https: GET and HEAD only, correct MIME
// types, no directory listing, no path outside dist/.
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const require = createRequire(import.meta.url);
const BUILD_LOG = path.join(root, 'node_modules', '.cache', 'zielplaner-start-build.log');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function parseArgs(argv) {
  const o = { dev: false, build: true, http: false, port: Number(process.env.PORT ?? 3000), host: 'localhost', ordner: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dev') o.dev = true;
    else if (a === '--no-build') o.build = false;
    else if (a === '--http') o.http = true;
    else if (a === '--port') o.port = Number(argv[++i]);
    else if (a === '--host') o.host = String(argv[++i]);
    else if (a === '--ordner') o.ordner = path.resolve(String(argv[++i]));
    else if (a === '--help' || a === '-h') {
      console.log('Aufruf: npm start [-- --dev] [--no-build] [--http] [--port 3000] [--host localhost] [--ordner dist]');
      process.exit(0);
    } else {
      console.error(`Unbekannte Option: ${a} (siehe --help)`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) {
    console.error(`Ungültiger Port: ${o.port}`);
    process.exit(2);
  }
  return o;
}

/** Runs webpack; returns true on success. */
export function baue(mode = 'production') {
  let cli;
  try {
    cli = require.resolve('webpack-cli/bin/cli.js');
  } catch {
    console.error('webpack-cli fehlt. Bitte zuerst „npm install“ ausführen.');
    return false;
  }
  console.log(`Baue Zielplaner (webpack, ${mode === 'production' ? 'Produktion' : 'Entwicklung'}) …`);
  // webpack reports in English: its output goes to a log file, the console stays German
  const r = spawnSync(process.execPath, [cli, '--mode', mode], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  mkdirSync(path.dirname(BUILD_LOG), { recursive: true });
  writeFileSync(BUILD_LOG, `${r.stdout ?? ''}${r.stderr ?? ''}`);
  if (r.status !== 0) {
    console.error(`Der Build ist fehlgeschlagen (Exit ${r.status ?? r.signal}). Die Meldungen von webpack stehen in ${BUILD_LOG}.`);
    return false;
  }
  console.log(`Build fertig (Protokoll: ${path.relative(root, BUILD_LOG)}).`);
  return true;
}

/**
 * Maps a request path to a file inside `basis`, or null when it would leave `basis` or is malformed.
 * Directories map to their index.html.
 */
export function dateiFuer(basis, urlPfad) {
  let p;
  try {
    p = decodeURIComponent(urlPfad.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (p.includes('\0') || p.includes('\\')) return null;
  const ziel = path.resolve(basis, '.' + path.posix.normalize('/' + p));
  if (ziel !== basis && !ziel.startsWith(basis + path.sep)) return null;
  let datei = ziel;
  try {
    if (statSync(datei).isDirectory()) datei = path.join(datei, 'index.html');
    if (!statSync(datei).isFile()) return null;
  } catch {
    return null;
  }
  return datei;
}

/** A request handler serving the files under `basis`. */
export function statischeDateien(basis) {
  const wurzel = path.resolve(basis);
  return (req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-cache');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Methode nicht erlaubt.\n');
      return;
    }
    const datei = dateiFuer(wurzel, req.url ?? '/');
    if (!datei) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Nicht gefunden.\n');
      return;
    }
    const typ = MIME[path.extname(datei).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': typ, 'Content-Length': statSync(datei).size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(datei)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

/** Key and certificate from office-addin-dev-certs (generated and trusted), or null with the reason. */
async function zertifikat() {
  // office-addin-dev-certs reports in English on the console: keep that out, say it in German
  const original = { log: console.log, info: console.info, warn: console.warn };
  const gesammelt = [];
  console.log = console.info = console.warn = (...teile) => void gesammelt.push(teile.join(' '));
  try {
    const certs = await import('office-addin-dev-certs');
    const mod = certs.default ?? certs;
    const optionen = await mod.getHttpsServerOptions();
    Object.assign(console, original);
    if (gesammelt.some((z) => /generated/i.test(z)))
      console.log('Neue Entwicklerzertifikate wurden erzeugt (Ordner ~/.office-addin-dev-certs).');
    if (gesammelt.some((z) => /Installing CA certificate/i.test(z)))
      console.log('Das Entwicklerzertifikat wurde als vertrauenswürdig installiert.');
    return { optionen, grund: null };
  } catch (e) {
    Object.assign(console, original);
    const text = e instanceof Error ? e.message : String(e);
    return { optionen: null, grund: text.split('\n').filter(Boolean).slice(0, 2).join(' ') };
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const basis = o.ordner ?? dist;
  if (o.ordner) {
    if (!existsSync(o.ordner)) {
      console.error(`Ordner nicht gefunden: ${o.ordner}`);
      process.exit(1);
    }
  } else {
    const fertig = existsSync(path.join(dist, 'index.html'));
    if (o.build || !fertig) {
      if (!baue(o.dev ? 'development' : 'production')) process.exit(1);
    }
    if (!existsSync(path.join(dist, 'index.html'))) {
      console.error('dist/index.html fehlt auch nach dem Build. Ist webpack.config.js vollständig?');
      process.exit(1);
    }
  }

  let server;
  let schema = 'http';
  if (!o.http) {
    const { optionen, grund } = await zertifikat();
    if (optionen) {
      server = createHttpsServer(optionen, statischeDateien(basis));
      schema = 'https';
    } else {
      console.warn('');
      // the tool's reason is English: it goes to a log file
      const protokoll = path.join(path.dirname(BUILD_LOG), 'zielplaner-start-zertifikat.log');
      mkdirSync(path.dirname(protokoll), { recursive: true });
      writeFileSync(protokoll, `${grund}\n`);
      console.warn('Hinweis: Es konnte kein vertrauenswürdiges Entwicklerzertifikat eingerichtet werden');
      console.warn(`  (Einzelheiten in ${protokoll}).`);
      console.warn('  Der Server läuft deshalb über http statt https. Der Browser-Modus funktioniert so;');
      console.warn('  Excel lädt das Add-in aber nur über https. Zertifikat einrichten (braucht sudo):');
      console.warn('    npx office-addin-dev-certs install');
      console.warn('');
    }
  }
  server ??= createHttpServer(statischeDateien(basis));

  server.on('error', (e) => {
    if (e && e.code === 'EADDRINUSE') console.error(`Port ${o.port} ist belegt. Anderen Port wählen: npm start -- --port 3001`);
    else console.error(`Der Server konnte nicht starten: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
  server.listen(o.port, o.host, () => {
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : o.port;
    const url = `${schema}://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`;
    console.log('');
    console.log(`Zielplaner läuft (${schema === 'https' ? 'https mit Entwicklerzertifikat' : 'nur http'}).`);
    console.log(`  Browser-Modus:            ${url}/`);
    console.log(`  Aufgabenbereich (Excel):  ${url}/taskpane.html`);
    const imDist = existsSync(path.join(basis, 'manifest.xml'));
    console.log(`  Manifest zum Querladen:   ${imDist ? `${url}/manifest.xml` : path.join(root, 'manifest.xml')}`);
    if (imDist) console.log(`                            (Datei: ${path.join(root, 'manifest.xml')})`);
    console.log('Beenden mit Strg+C.');
  });

  let beendet = false;
  const beende = (signal) => {
    if (beendet) return;
    beendet = true;
    console.log(`\n${signal} empfangen, Zielplaner-Server wird beendet.`);
    server.close(() => process.exit(0));
    server.closeAllConnections?.();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', () => beende('SIGINT'));
  process.on('SIGTERM', () => beende('SIGTERM'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`Zielplaner konnte nicht starten: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
