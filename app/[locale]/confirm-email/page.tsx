// The link sent to a new e-mail address. Opening it changes nothing; the button confirms the change.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { AuthCard } from "@/components/account/auth-card";
import { ConfirmEmailForm } from "@/components/account/confirm-email-form";
import { pageLocale } from "@/i18n/page";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("titles.confirmEmail"), robots: { index: false } };
}

export default async function ConfirmEmailPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await pageLocale(params);
  const t = await getTranslations("account");
  const { token } = await searchParams;
  return (
    <AuthCard title={t("titles.confirmEmail")}>
      {typeof token === "string" && token.length >= 20 && token.length <= 200 ? (
        <ConfirmEmailForm token={token} />
      ) : (
        <p role="alert">
          {t.rich("confirmEmail.incomplete", {
            link: (chunks) => (
              <Link href="/me/account" className="text-accent underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </AuthCard>
  );
}
