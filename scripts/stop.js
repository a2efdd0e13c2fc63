#!/usr/bin/env node
// `npm stop`: ends what `npm start` began (the preview server, or the Excel sideload).
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const stateFile = path.join(root, '.tmp', 'start.json');

let state = null;
try {
  state = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
} catch {
  console.log('Nothing to stop: `npm start` is not running.');
  process.exit(0);
}

if (state.mode === 'desktop') {
  const name = process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging';
  spawnSync(path.join(root, 'node_modules', '.bin', name), ['stop', 'manifest.xml'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
} else if (state.pid) {
  try {
    process.kill(state.pid, 'SIGTERM');
    console.log('Preview server stopped.');
  } catch {
    console.log('The preview server had already stopped.');
  }
}
fs.rmSync(stateFile, { force: true });
