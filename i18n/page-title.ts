// generateMetadata for a page whose title is one message and that search engines should not list
// (a person's own pages, live meetings): `export const generateMetadata = privatePageTitle(…)`.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Namespace } from "./messages";

export function privatePageTitle(namespace: Namespace, key: string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params;
    const t = (await getTranslations({ locale, namespace })) as unknown as (key: string) => string;
    return { title: t(key), robots: { index: false } };
  };
}
