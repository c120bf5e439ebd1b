// The troubleshooter pages: one per registered troubleshooter per locale. A module of its own (the underscore keeps
// it out of the routes) so a unit test can check the same list the build renders.
import { localeCodes } from '../../../i18n/locales.ts';
import { registry } from '../../../wizards/wizard-registry.ts';

export function wizardStaticPaths() {
  return localeCodes.flatMap((lang) =>
    registry.all.map((troubleshooter) => ({ params: { lang, id: troubleshooter.id }, props: { troubleshooter } })),
  );
}
