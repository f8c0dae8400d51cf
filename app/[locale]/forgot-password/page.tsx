// Ask for a password reset link.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/account/auth-card";
import { ForgotPasswordForm } from "@/components/account/password-forms";
import { pageLocale } from "@/i18n/page";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("titles.forgotPassword"), robots: { index: false } };
}

export default async function ForgotPasswordPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  await pageLocale(params);
  const t = await getTranslations("account");
  return (
    <AuthCard title={t("titles.forgotPassword")} intro={t("forgotPassword.intro")}>
      <ForgotPasswordForm />
    </AuthCard>
  );
}
