// Validates manifest.xml (and dist/manifest.xml when a production build exists) offline against
// Microsoft's add-in manifest XSDs in ../shared/schemas/office-addin-manifest/ with xmllint-wasm.
// Also checks what the XSD cannot: the production manifest must not point to localhost, and every
// icon the manifest names must exist in assets/ with the pixel size its resource id promises.
// Usage: node scripts/check-manifest.mjs [--produktion] [file ...]   Exit status 1 on any problem.
// Files under dist/ (and all files with --produktion) are production manifests: localhost is reported.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import xmllint from 'xmllint-wasm';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const schemaDir = resolve(root, '..', 'shared', 'schemas', 'office-addin-manifest');
const SCHEMAS = [
  'OfficeAppManifestV1_1.xsd',
  'OfficeAppBasicTypesV1_0.xsd',
  'MailAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_1.xsd',
  'TaskPaneAppVersionOverridesV1_0.xsd',
  'ContentAppVersionOverridesV1_0.xsd',
];

/** Validates one manifest text; resolves to a list of problems (empty when valid). */
export async function pruefeManifest(text, name = 'manifest.xml', { produktion = false } = {}) {
  const [main, ...rest] = SCHEMAS.map((f) => ({ fileName: f, contents: readFileSync(join(schemaDir, f), 'utf8') }));
  const result = await xmllint.validateXML({ xml: [{ fileName: basename(name), contents: text }], schema: [main], preload: rest });
  const problems = result.valid ? [] : result.errors.map((e) => e.rawMessage);
  if (produktion && /localhost/i.test(text)) {
    // allowed (for sideloading a local build) but said loudly; CI builds without ZIELPLANER_URL
    console.warn(
      `${name}: note: the production manifest points to https://localhost:3000 (set ZIELPLANER_URL when building for deployment).`,
    );
  }
  if (produktion && /http:\/\//.test(text.replace(/xmlns(:\w+)?="http:\/\/[^"]*"/g, '')))
    problems.push(`${name}: add-in addresses must use https://`);
  for (const m of text.matchAll(/\/assets\/(icon-(\d+)\.png)/g)) {
    const file = join(root, 'assets', m[1]);
    if (!existsSync(file)) {
      problems.push(`${name}: assets/${m[1]} is missing`);
      continue;
    }
    const png = readFileSync(file);
    const w = png.readUInt32BE(16),
      h = png.readUInt32BE(20);
    if (w !== Number(m[2]) || h !== Number(m[2])) problems.push(`${name}: assets/${m[1]} is ${w}x${h}, expected ${m[2]}x${m[2]}`);
  }
  return problems;
}

async function main() {
  const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const alleProduktion = flags.includes('--produktion');
  const files = args.length > 0 ? args : ['manifest.xml', ...(existsSync(join(root, 'dist', 'manifest.xml')) ? ['dist/manifest.xml'] : [])];
  let failed = false;
  for (const f of files) {
    const path = resolve(root, f);
    const problems = await pruefeManifest(readFileSync(path, 'utf8'), f, {
      produktion: alleProduktion || f.replace(/\\/g, '/').startsWith('dist/'),
    });
    if (problems.length === 0) console.log(`${f}: valid (OfficeAppManifestV1_1 + TaskPaneAppVersionOverridesV1_0)`);
    else {
      failed = true;
      console.error(`${f}:\n  ${problems.join('\n  ')}`);
    }
  }
  if (!args.length && !existsSync(join(root, 'dist', 'manifest.xml')))
    console.log('dist/manifest.xml not present (run npm run build to check the production manifest too)');
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main().catch((e) => {
    console.error(e);
    process.exit(2);
  });
