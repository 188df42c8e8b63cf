import { locales } from './config';

/** getStaticPaths for pages that exist once per language. */
export const localePaths = () => locales.map((lang) => ({ params: { lang } }));
