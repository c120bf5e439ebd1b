// The troubleshooter pages: one per registered troubleshooter per locale. A module of its own (the underscore keeps
// it out of the routes) so a unit test can check the same list the build renders.
import { perLocaleStaticPaths } from '../../../i18n/static-paths.ts';
import { registry } from '../../../wizards/wizard-registry.ts';

export function wizardStaticPaths() {
  return perLocaleStaticPaths(() =>
    registry.all.map((troubleshooter) => ({ params: { id: troubleshooter.id }, props: { troubleshooter } })),
  );
}
