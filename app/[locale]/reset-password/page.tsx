// Choose a new password with the one-time link from the e-mail.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { AuthCard } from "@/components/account/auth-card";
import { ResetPasswordForm } from "@/components/account/password-forms";
import { pageLocale } from "@/i18n/page";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("titles.resetPassword"), robots: { index: false } };
}

export default async function ResetPasswordPage({
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
    <AuthCard title={t("titles.resetPassword")}>
      {typeof token === "string" && token.length >= 20 ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p role="alert">
          {t.rich("resetPassword.incomplete", {
            link: (chunks) => (
              <Link href="/forgot-password" className="text-accent underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </AuthCard>
  );
}
