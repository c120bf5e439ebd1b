// `node scripts/serve.ts` as a reader runs it: its settings come from the environment, and when it
// cannot start it says why in one line and exits with 1, never with a stack trace.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import { listenErrorLine, serveOptions } from '../../../../scripts/server/serve-options.ts';
import { makeTempSite, type TempSite } from '../../../support/temp-site.ts';

const repo = resolve(import.meta.dirname, '../../../..');

/** Runs serve.ts until it exits or prints its first line; kills it after that line. */
function runServe(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/serve.ts'], {
      cwd: repo,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) child.kill();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => done({ code, stdout, stderr }));
  });
}

describe('settings from the environment', () => {
  it('defaults to dist/ on 127.0.0.1:4321', () => {
    expect(serveOptions({})).toEqual({ dir: resolve('dist'), port: 4321, host: '127.0.0.1' });
    expect(serveOptions({ PORT: '0', HOST: '0.0.0.0', SLH_DIST: '/srv/site' })).toEqual({
      dir: '/srv/site',
      port: 0,
      host: '0.0.0.0',
    });
  });

  it('names PORT when it is not a port number', () => {
    for (const port of ['abc', '-1', '65536', '80.5', '']) {
      expect(serveOptions({ PORT: port }), port).toEqual({ error: expect.stringContaining('PORT') });
    }
  });

  it('says which variable to change for each listen error', () => {
    const options = { dir: '/d', port: 4321, host: '127.0.0.1' };
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(listenErrorLine(error('EADDRINUSE'), options)).toMatch(/^Port 4321 is already in use .*PORT=/);
    expect(listenErrorLine(error('EACCES'), options)).toContain('PORT');
    expect(listenErrorLine(error('EADDRNOTAVAIL'), options)).toContain('HOST');
  });
});

describe('starting the server', () => {
  let site: TempSite;
  let blocker: Server;
  let busyPort: number;

  beforeAll(async () => {
    site = makeTempSite();
    blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    busyPort = (blocker.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((done) => blocker.close(done));
    site.remove();
  });

  it('a port already in use gives one line naming PORT and exit code 1', async () => {
    const { code, stderr } = await runServe({ PORT: String(busyPort), HOST: '127.0.0.1', SLH_DIST: site.root });
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Port ${busyPort} is already in use`);
    expect(lines[0]).toContain('PORT=');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('a bad PORT gives one line and exit code 1', async () => {
    const { code, stderr } = await runServe({ PORT: 'http', SLH_DIST: site.root });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('PORT must be a port number from 0 to 65535, not "http".');
  });

  it('a folder without a built site says how to build one', async () => {
    const { code, stderr } = await runServe({
      PORT: '0',
      SLH_DIST: resolve(site.root, 'en', 'articles', 'sms', 'missing'),
    });
    expect(code).toBe(1);
    expect(stderr).toContain('npm run build');
  });

  it('on a free port it says where the site is served', async () => {
    const { stdout, stderr } = await runServe({ PORT: '0', HOST: '127.0.0.1', SLH_DIST: site.root });
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Secure Login Help is served at http:\/\/localhost:\d+\/ /);
  });
});
