// Unit tests: pure modules, machines, content and locale checks. They run in Node, no browser.
import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;
// Tests that run a real `astro build` share the project's generated .astro/ folder, so two at once
// overwrite each other's content modules: they get a project of their own that runs one file at a time.
const siteBuilds = ['test/unit/content/*-build.test.ts'];

export default defineConfig({
  test: {
    root,
    environment: 'node',
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], exclude: siteBuilds } },
      { extends: true, test: { name: 'site builds', include: siteBuilds, fileParallelism: false } },
    ],
  },
});
