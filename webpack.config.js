/**
 * Builds the Excel task pane (dist/taskpane.html), the browser page (dist/index.html), the download
 * page used as the Mac fallback (dist/speichern.html) and the production manifest (dist/manifest.xml).
 *
 * Production address: set ZIELPLANER_URL (e.g. https://zielplaner.jobcenter.example/addin) when
 * running `npm run build`; every https://localhost:3000 in manifest.xml is replaced by it.
 * Without it the manifest keeps https://localhost:3000 (for local sideloading) and a warning is shown.
 *
 * office.js is loaded from Microsoft's CDN in the task pane's <head> (required by the store policy and
 * for updates); it is never bundled. exceljs, docx, the document builder and the template builder are
 * loaded with import() only when the user needs them, so the start JavaScript stays small
 * (test/build/budget.test.ts asserts ≤ 250 KiB gzip).
 *
 * Before the bundle, taskpane.html and index.html carry two inline scripts: a syntax probe
 * (src/taskpane/syntaxprobe.js) and the ES5 guard (src/taskpane/altbrowser.js) that shows a German
 * message where the ES2022 bundle cannot run (Trident, EdgeHTML). The browser page's CSP allows
 * exactly these two by their SHA-256 hashes.
 *
 * dist/hilfe.html is the user guide (docs/anleitung.md rendered with marked at build time), the
 * manifest's SupportUrl.
 */
const path = require('node:path');
const fs = require('node:fs');
const crypto = require('node:crypto');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function produktionsAdresse() {
  const roh = (process.env.ZIELPLANER_URL || '').trim().replace(/\/+$/, '');
  if (!roh) return null;
  if (!/^https:\/\/[^\s"'<>]+$/.test(roh)) {
    throw new Error(`ZIELPLANER_URL must be an https:// address without spaces or quotes, got: ${roh}`);
  }
  return roh;
}

const HASH_PLATZHALTER = '__ZIELPLANER_SKRIPT_HASHES__';

/** The inline scripts before the bundle; the CSP's hashes are filled in by CspHashes once the page is final. */
function vorDemBundle() {
  const skripte = ['syntaxprobe.js', 'altbrowser.js'].map((f) => fs.readFileSync(path.resolve(__dirname, 'src/taskpane', f), 'utf8'));
  return { vorBundle: skripte.map((s) => `<script>${s}</script>`).join('\n    '), skriptHashes: HASH_PLATZHALTER };
}

/**
 * Puts the SHA-256 hashes of the inline scripts into the page's Content-Security-Policy, computed
 * from the emitted page (after webpack's minimizer has run), so they always match what the browser
 * sees.
 */
class CspHashes {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CspHashes', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CspHashes', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (!name.endsWith('.html')) continue;
          const html = assets[name].source().toString();
          if (!html.includes(HASH_PLATZHALTER)) continue;
          const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
            (m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
          );
          compilation.updateAsset(name, new sources.RawSource(html.split(HASH_PLATZHALTER).join(hashes.join(' '))));
        }
      });
    });
  }
}

/** docs/anleitung.md as a self-contained German HTML page (no scripts). */
function hilfeSeite() {
  const { marked } = require('marked');
  const md = fs.readFileSync(path.resolve(__dirname, 'docs/anleitung.md'), 'utf8');
  // links to the other developer documents do not ship with the add-in: keep their text only
  const inhalt = marked.parse(md.replace(/\[([^\]]+)\]\((?!https?:|#|bilder\/)[^)]*\.md(#[^)]*)?\)/g, '$1'));
  return `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:">
  <title>Zielplaner – Anleitung</title>
  <style>
    body { font-family: "Segoe UI", -apple-system, system-ui, sans-serif; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; line-height: 1.55; color: #242424; }
    h1, h2, h3 { line-height: 1.25; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #d1d1d1; padding-bottom: .3rem; }
    table { border-collapse: collapse; margin: 1rem 0; } th, td { border: 1px solid #d1d1d1; padding: .35rem .6rem; text-align: left; vertical-align: top; }
    code { background: #f5f5f5; padding: 0 .25rem; border-radius: 3px; } pre { background: #f5f5f5; padding: .75rem; overflow-x: auto; }
    img { max-width: 100%; height: auto; border: 1px solid #d1d1d1; } a { color: #0f6cbd; }
  </style>
</head>
<body>
<main>
${inhalt}
</main>
</body>
</html>
`;
}

module.exports = (_env, argv) => {
  const production = (argv && argv.mode) !== 'development';
  const adresse = production ? produktionsAdresse() : null;
  if (production && !adresse) {
    console.warn('[zielplaner] ZIELPLANER_URL is not set: dist/manifest.xml keeps https://localhost:3000.');
  }
  const browserEntry = path.resolve(__dirname, 'src/browser/index.tsx');
  const browserTemplate = path.resolve(__dirname, 'src/browser/index.html');
  return {
    mode: production ? 'production' : 'development',
    // no source maps in production: mapping the prebuilt exceljs/docx bundles doubles the build time
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      index: browserEntry,
      speichern: './src/taskpane/speichern.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash].js',
      chunkFilename: '[name].[contenthash].js',
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js'],
      // exceljs's "browser" field points to its prebuilt dist bundle; docx ships an ESM build.
      aliasFields: ['browser'],
      fallback: { fs: false, path: false, stream: false, crypto: false, os: false, util: false, buffer: false },
    },
    module: {
      // prebuilt, self-contained bundles: nothing to parse for imports
      noParse: /node_modules[\\/](exceljs[\\/]dist[\\/]exceljs\.min\.js|jszip[\\/]dist[\\/]jszip\.min\.js)$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // ES modules so webpack can tree-shake and split at import()
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        inject: 'head',
        scriptLoading: 'defer',
        templateParameters: { officeJs: OFFICE_JS, ...vorDemBundle() },
      }),
      new HtmlWebpackPlugin(
        fs.existsSync(browserTemplate)
          ? {
              filename: 'index.html',
              template: browserTemplate,
              chunks: ['index'],
              inject: 'head',
              scriptLoading: 'defer',
              templateParameters: vorDemBundle(),
            }
          : {
              filename: 'index.html',
              chunks: ['index'],
              inject: 'head',
              scriptLoading: 'defer',
              title: 'Zielplaner',
              meta: { viewport: 'width=device-width, initial-scale=1' },
              templateContent:
                '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Zielplaner</title></head><body><div id="root"></div></body></html>',
            },
      ),
      new HtmlWebpackPlugin({
        filename: 'speichern.html',
        template: './src/taskpane/speichern.html',
        chunks: ['speichern'],
        inject: 'head',
        scriptLoading: 'defer',
      }),
      new CspHashes(),
      new HtmlWebpackPlugin({ filename: 'hilfe.html', chunks: [], inject: false, templateContent: () => hilfeSeite() }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // screenshots the guide shows (docs/bilder/…, referenced as bilder/… from docs/anleitung.md)
          { from: 'docs/bilder', to: 'bilder', noErrorOnMissing: true },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (inhalt) => (adresse ? inhalt.toString().split(DEV_URL).join(adresse) : inhalt),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      static: path.resolve(__dirname, 'dist'),
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
};
