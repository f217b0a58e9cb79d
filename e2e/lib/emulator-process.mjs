import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { ROOT } from './config.mjs';
import { sleep } from './wait.mjs';

// Emulator child processes for the journeys and the bench: each in its own process group, all killed when
// this process ends, however it ends.
const running = new Set();
process.once('exit', () => running.forEach((child) => killGroup(child)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    running.forEach((child) => killGroup(child));
    process.exit(130);
  });
}

/** Signals a child's whole process group (npm and the node it starts); a group already gone is fine. */
export function killGroup(child, signal = 'SIGTERM') {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** A free loopback port (the OS picks it; the emulator binds it a moment later). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `command args` (an emulator listening on `port`) and waits until its health endpoint answers.
 * Returns the child, the emulator's URL, the app URL its host page frames, and how long start-up took.
 */
export async function spawnEmulator({ command, args, port, label, timeoutMs, pollMs = 200 }) {
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  running.add(child);
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.once('exit', (code, signal) => {
    exited = signal ?? code;
    running.delete(child);
  });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (exited !== null) throw new Error(`emulator (${label}) exited with ${exited}:\n${output}`);
    const health = await fetch(`${url}/_emulator/health`).then((r) => (r.ok ? r.json() : null)).catch(() => null);
    if (health?.ok) break;
    if (Date.now() - started > timeoutMs) {
      killGroup(child, 'SIGKILL');
      throw new Error(`emulator (${label}) did not answer on ${url} within ${timeoutMs / 1000} s:\n${output}`);
    }
    await sleep(pollMs);
  }
  const readySeconds = (Date.now() - started) / 1000;
  // The host page names the URL it frames.
  const hostPage = await (await fetch(`${url}/`)).text();
  const appUrl = JSON.parse(/<script type="application\/json" id="bootstrap">(.*?)<\/script>/s.exec(hostPage)[1]).appUrl.replace(/\/$/, '');
  return { child, url, appUrl, readySeconds };
}

/** Stops an emulator (its whole process group) and waits for it to exit; SIGKILL after 5 s. */
export async function stopEmulator(child) {
  if (!running.has(child)) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child);
  await Promise.race([exited, sleep(5_000)]);
  if (running.has(child)) killGroup(child, 'SIGKILL');
}
