// Sign in with email and password.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { AuthCard } from "@/components/account/auth-card";
import { safeCallbackPath } from "@/lib/callback-url";
import { siteUrl } from "@/lib/site";
import { SignInForm } from "@/components/account/sign-in-form";
import { env } from "@/lib/env";
import { pageLocale } from "@/i18n/page";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("titles.signIn"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  await pageLocale(params);
  const t = await getTranslations("account");
  const query = await searchParams;
  // Only ever a path on this site (lib/callback-url.ts): anything else becomes "/".
  const callbackUrl = safeCallbackPath(query.callbackUrl, siteUrl());
  const signUpHref =
    callbackUrl === "/" ? "/sign-up" : `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <AuthCard
      title={t("titles.signIn")}
      intro={t.rich("signIn.intro", {
        link: (chunks) => (
          <Link href={signUpHref} className="text-accent underline">
            {chunks}
          </Link>
        ),
      })}
    >
      {query.deleted ? (
        <p role="status" className="mb-4 text-sm">
          {t("signIn.deleted")}
        </p>
      ) : null}
      {query.sent ? (
        <p role="status" className="mb-4 text-sm">
          {t("signIn.sent")}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} emailLinks={Boolean(env().SMTP_URL)} />
    </AuthCard>
  );
}
