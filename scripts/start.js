#!/usr/bin/env node
// `npm start`: Excel desktop where it exists (Windows, macOS) — sideloaded as yo-office
// projects do — otherwise the local preview: the real task pane beside a simulated workbook.
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const stateFile = path.join(root, '.tmp', 'start.json');
const port = Number(process.env.TONGKET_PORT || 3000);

function has(moduleName) {
  try {
    require.resolve(moduleName, { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

function bin(name) {
  return path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
}

function saveState(state) {
  fs.mkdirSync(path.dirname(stateFile), { recursive: true });
  fs.writeFileSync(stateFile, JSON.stringify(state));
}

const desktop = (process.platform === 'win32' || process.platform === 'darwin') && has('office-addin-debugging') && !process.env.TONGKET_PREVIEW;

if (desktop) {
  // Microsoft's dev tools collect usage data unless told not to; Tổng kết sends nothing.
  spawnSync(bin('office-addin-usage-data'), ['off'], { stdio: 'ignore', shell: process.platform === 'win32' });
  const result = spawnSync(
    bin('office-addin-debugging'),
    ['start', 'manifest.xml', 'desktop', '--app', 'excel', '--dev-server', 'npx webpack serve --mode development --env https', '--dev-server-port', String(port)],
    { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' },
  );
  saveState({ mode: 'desktop' });
  process.exit(result.status ?? 0);
} else {
  console.log('Excel desktop is not available here: starting the local preview (task pane + simulated workbook).');
  const server = spawn(process.execPath, [require.resolve('webpack-cli/bin/cli.js', { paths: [root] }), 'serve', '--mode', 'development', '--env', 'preview'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, TONGKET_PORT: String(port) },
  });
  saveState({ mode: 'preview', pid: server.pid });
  let announced = false;
  server.stdout.on('data', (chunk) => {
    const text = chunk.toString();
    if (process.env.TONGKET_VERBOSE) process.stdout.write(text);
    if (!announced && /compiled/i.test(text)) {
      announced = true;
      console.log(`\nTổng kết preview: http://localhost:${port}/preview.html\n(stop with Ctrl+C or \`npm stop\`)`);
    }
    if (/error/i.test(text) && !process.env.TONGKET_VERBOSE) process.stdout.write(text);
  });
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => {
    fs.rmSync(stateFile, { force: true });
    process.exit(code ?? 0);
  });
}
