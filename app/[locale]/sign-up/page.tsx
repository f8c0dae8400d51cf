// Create a member account.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { AuthCard } from "@/components/account/auth-card";
import { safeCallbackPath } from "@/lib/callback-url";
import { siteUrl } from "@/lib/site";
import { SignUpForm } from "@/components/account/sign-up-form";
import { pageLocale } from "@/i18n/page";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("titles.signUp"), robots: { index: false } };
}

export default async function SignUpPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await pageLocale(params);
  const t = await getTranslations("account");
  const query = await searchParams;
  // Only ever a path on this site (lib/callback-url.ts): anything else becomes "/".
  const callbackUrl = safeCallbackPath(query.callbackUrl, siteUrl());
  return (
    <AuthCard
      title={t("titles.signUp")}
      intro={t.rich("signUp.intro", {
        link: (chunks) => (
          <Link href="/sign-in" className="text-accent underline">
            {chunks}
          </Link>
        ),
      })}
    >
      <SignUpForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
