// The local server's settings from the environment (SLH_DIST, PORT, HOST), and the one line it prints
// when it cannot start, so a busy port reads as advice rather than a stack trace.
import { resolve } from 'node:path';

export interface ServeOptions {
  dir: string;
  port: number;
  host: string;
}

/** The settings, or the line that says which variable is wrong. */
export function serveOptions(env: NodeJS.ProcessEnv): ServeOptions | { error: string } {
  const rawPort = env['PORT'] ?? '4321';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    return { error: `PORT must be a port number from 0 to 65535, not "${rawPort}".` };
  }
  return { dir: resolve(env['SLH_DIST'] ?? 'dist'), port, host: env['HOST'] || '127.0.0.1' };
}

/** One line for an error of listen(): what happened and which variable to change. */
export function listenErrorLine(error: NodeJS.ErrnoException, { port, host }: ServeOptions): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `Port ${port} is already in use on ${host}: stop the program using it, or set PORT to a free port (PORT=4400 npm run serve).`;
    case 'EACCES':
      return `Not allowed to listen on port ${port} (ports below 1024 need extra rights): set PORT to another port (PORT=4400 npm run serve).`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `HOST ${host} is not an address of this machine. Use HOST=127.0.0.1 (this machine only) or HOST=0.0.0.0 (every network).`;
    default:
      return `The server could not listen on ${host}:${port} (PORT, HOST): ${error.message}`;
  }
}
