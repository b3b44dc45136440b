#!/usr/bin/env node
'use strict';
// Entry point of the command line; the TypeScript sources are compiled to lib/ by `npm install`
// (the package's prepare script) or `npm run build:cli`.
require('../lib/cli/main.js')
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`Interner Fehler: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
