// Types UI string keys from the English source files, so a wrong key fails `astro check`.
// Wizard and team-page keys are mostly computed (from machine meta, from ids); see StringKey in t.ts for
// how the fixed ones among them are still checked.
import type ui from '../../content/locales/en/ui.json';
import type simulator from '../../content/locales/en/simulator.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof ui; simulator: typeof simulator };
  }
}
