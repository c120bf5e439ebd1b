// The one getStaticPaths pattern for pages that exist once per locale: the `lang` route parameter, and the locale
// handed to the page as a typed prop, so no page reads `Astro.params.lang` and trusts it.
import { localeCodes, type Locale } from './locales.ts';

/** What every localised page receives. */
export interface LocaleProps {
  locale: Locale;
}

/** One path per locale: /<lang>/... with { locale } as props. */
export function localeStaticPaths(): { params: { lang: Locale }; props: LocaleProps }[] {
  return localeCodes.map((locale) => ({ params: { lang: locale }, props: { locale } }));
}

/** Several paths per locale: each locale's own params and props, with `lang` and `locale` added. */
export function perLocaleStaticPaths<Params extends Record<string, string>, Props extends object>(
  pathsFor: (locale: Locale) => { params: Params; props: Props }[],
): { params: Params & { lang: Locale }; props: Props & LocaleProps }[] {
  return localeCodes.flatMap((locale) =>
    pathsFor(locale).map(({ params, props }) => ({ params: { ...params, lang: locale }, props: { ...props, locale } })),
  );
}
