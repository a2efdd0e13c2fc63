#!/usr/bin/env node
// The compiled command line (npm run build:cli writes dist/cli from tsconfig.cli.json).
const { run } = require('../dist/cli/cli/main.js');

run(process.argv.slice(2)).then((code) => process.exit(code));
