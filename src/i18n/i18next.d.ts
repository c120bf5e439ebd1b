// Types UI string keys from the English source files, so a wrong key fails `astro check`.
// Wizard text keys are computed from machine meta and checked by translateKey() and the unit tests instead.
import type ui from '../../content/locales/en/ui.json';
import type simulator from '../../content/locales/en/simulator.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof ui; simulator: typeof simulator };
  }
}
