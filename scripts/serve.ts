// Serves the built site (dist/, or SLH_DIST) on PORT and HOST the way a static host would; the request
// handling is in server/site-server.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listenErrorLine, serveOptions } from './server/serve-options.ts';
import { startSiteServer } from './server/site-server.ts';

const options = serveOptions(process.env);
if ('error' in options) {
  console.error(options.error);
  process.exit(1);
}
if (!existsSync(join(options.dir, 'index.html'))) {
  console.error(`No built site in ${options.dir}. Run "npm run build" first (or "npm start", which builds).`);
  process.exit(1);
}

try {
  const running = await startSiteServer(options.dir, options.port, options.host);
  const shown = ['127.0.0.1', '::1', '0.0.0.0', '::'].includes(options.host)
    ? `http://localhost:${running.port}`
    : running.url;
  console.log(`Secure Login Help is served at ${shown}/ (press Ctrl+C to stop)`);
} catch (error) {
  console.error(listenErrorLine(error as NodeJS.ErrnoException, options));
  process.exit(1);
}
