#!/usr/bin/env node
// The compiled command line (npm run build:cli writes dist/cli from tsconfig.cli.json).
const { runAsMain } = require('../dist/cli/cli/main.js');

runAsMain(process.argv.slice(2));
