// Makes sure a Chromium exists for Playwright. Playwright's own browser download cannot reach
// its servers here, so we use the system's Chromium: present -> done; root with apt -> install
// Debian's package; otherwise say exactly how to get one.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { chromiumPath } from './browser.ts';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

if (chromiumPath()) {
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && has('apt-get')) {
  console.log('Chromium not found: installing Debian\'s "chromium" package (apt-get install -y chromium)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (chromiumPath()) process.exit(0);
}

console.error(
  [
    'No Chromium browser was found for the end-to-end tests.',
    'Install one, then run the tests again:',
    '  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
    '  - or point CHROMIUM_PATH at any Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test',
    existsSync('/usr/bin/chromium') ? '' : '(/usr/bin/chromium does not exist on this machine.)',
  ].join('\n'),
);
process.exit(1);
