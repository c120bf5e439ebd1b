// End-to-end and accessibility tests in real Chromium against the production build (dist/),
// served by the same server as `npm start`.
import { defineConfig, devices } from '@playwright/test';
import { chromiumPath, chromiumArgs } from '../scripts/browser.ts';

const executablePath = chromiumPath();

const port = Number(process.env['E2E_PORT'] ?? 4322);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // The offline service worker would answer a page's requests from its cache from the second page of a context on,
    // past page.route() and the request counts tests rely on. Only the tests of offline use let it run.
    serviceWorkers: 'block',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node scripts/serve.ts',
    cwd: '..',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
