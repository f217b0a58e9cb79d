// `npm start`: the local Wix emulator (dashboard host page + Stores API) and the Angular dev server together.
// Prints one URL, the emulated dashboard; Ctrl-C stops both.
import { spawn } from 'node:child_process';

const EMULATOR_PORT = Number(process.env.EMULATOR_PORT ?? 4300);
const APP_PORT = Number(process.env.APP_PORT ?? 4200);
const extraEmulatorArgs = process.argv.slice(2);

const children = [];

function run(name, command, args) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: process.env });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => `[${name}] ${line}\n`)
      .join('');
  child.stdout.on('data', (chunk) => process.stdout.write(prefix(chunk)));
  child.stderr.on('data', (chunk) => process.stderr.write(prefix(chunk)));
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[${name}] exited (${signal ?? code}); stopping.`);
      stop(1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(code), 300).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitFor(url, label, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (!stopping) {
    console.error(`${label} did not start within ${timeoutMs / 1000} s`);
    stop(1);
  }
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
run('emulator', npm, [
  'run', '--silent', 'emulator', '--',
  '--port', String(EMULATOR_PORT),
  '--app-url', `http://localhost:${APP_PORT}`,
  ...extraEmulatorArgs,
]);
run('app', npm, ['exec', '--', 'ng', 'serve', '--configuration', 'development', '--port', String(APP_PORT), '--no-open']);

await Promise.all([
  waitFor(`http://127.0.0.1:${EMULATOR_PORT}/_emulator/stats`, 'The emulator'),
  waitFor(`http://localhost:${APP_PORT}/`, 'The Angular dev server'),
]);
if (!stopping) {
  console.log(`\n  Catalog Manager in the local Wix dashboard:  http://localhost:${EMULATOR_PORT}/\n  (Ctrl-C stops the emulator and the dev server)\n`);
}
