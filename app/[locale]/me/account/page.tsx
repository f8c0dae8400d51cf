// The person's own account: name, language, time zone, e-mail address, password, sign out
// everywhere, a copy of their data, and deleting the account. Only ever shown to that person.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import {
  DeleteAccountForm,
  EmailForm,
  LanguageForm,
  NameForm,
  PasswordForm,
  SignOutEverywhereButton,
} from "@/components/account/account-settings";
import { requirePermission } from "@/lib/auth/guard";
import { getAccount } from "@/lib/data/account";
import { MyTimeZoneForm } from "@/components/time-zone";
import { formatDate, timeZoneNames, zoneLabel } from "@/lib/time";
import { pageLocale } from "@/i18n/page";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "me" });
  return { title: t("account.title"), robots: { index: false } };
}

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 max-w-xl">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** People who only ever signed in with e-mailed links set a password first (through a reset link). */
async function NoPasswordYet({
  toDo,
}: {
  toDo: "changeEmail" | "choosePassword" | "deleteAccount";
}) {
  const t = await getTranslations("me");
  return (
    <p className="mt-2 text-muted">
      {t.rich(`account.noPassword.${toDo}`, {
        link: (chunks) => (
          <Link href="/forgot-password" className="text-accent underline underline-offset-4">
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("me");
  const actor = await requirePermission({ action: "me.read" }, "/me/account");
  const result = await getAccount(actor);
  if (!result.ok) throw new Error("Your own account was refused");
  const { account } = result;
  return (
    <>
      <p className="text-sm">
        <Link href="/me" className="text-accent underline underline-offset-4">
          {t("account.backToPrayers")}
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t("account.title")}</h1>
      <p className="mt-1 text-muted">
        {t.rich("account.signedInAs", {
          email: account.email,
          date: formatDate(account.createdAt, locale),
          addr: (chunks) => <span className="break-all">{chunks}</span>,
          when: (chunks) => <time dateTime={account.createdAt.toISOString()}>{chunks}</time>,
        })}
      </p>

      <Section id="name" title={t("account.name.title")}>
        <p className="mt-1 text-sm text-muted">{t("account.name.hint")}</p>
        <NameForm name={account.name ?? ""} />
      </Section>

      <Section id="language" title={t("account.language.title")}>
        <p className="mt-1 text-sm text-muted">{t("account.language.hint")}</p>
        <LanguageForm locale={account.locale} />
      </Section>

      <Section id="time-zone" title={t("account.timeZone.title")}>
        <p className="mt-1 text-sm text-muted">
          {t("account.timeZone.hint", {
            zone: zoneLabel(account.timeZone, new Date(), (values) => t("account.zone", values)),
          })}
        </p>
        <MyTimeZoneForm zone={account.timeZone} zones={timeZoneNames()} />
      </Section>

      <Section id="email" title={t("account.email.title")}>
        {account.hasPassword ? (
          <EmailForm email={account.email} pendingEmail={account.pendingEmail} />
        ) : (
          <>
            <p className="mt-2">
              {t.rich("account.email.yourAddress", {
                email: account.email,
                strong: (chunks) => <strong className="break-all">{chunks}</strong>,
              })}
            </p>
            <NoPasswordYet toDo="changeEmail" />
          </>
        )}
      </Section>

      <Section id="password" title={t("account.password.title")}>
        {account.hasPassword ? (
          <>
            <p className="mt-1 text-sm text-muted">{t("account.password.hint")}</p>
            <PasswordForm />
          </>
        ) : (
          <NoPasswordYet toDo="choosePassword" />
        )}
      </Section>

      <Section id="sign-out" title={t("account.signOut.title")}>
        <p className="mt-1">{t("account.signOut.body")}</p>
        <SignOutEverywhereButton />
      </Section>

      <Section id="data" title={t("account.data.title")}>
        <p className="mt-1">{t("account.data.body")}</p>
        <p className="mt-3">
          <a
            href="/api/me/export"
            download
            className="inline-block rounded-lg border border-line bg-card px-4 py-2.5 font-semibold"
          >
            {t("account.data.download")}
          </a>
        </p>
      </Section>

      <Section id="delete" title={t("account.delete.title")}>
        <p className="mt-1">{t("account.delete.intro")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>{t("account.delete.prayers")}</li>
          <li>{t("account.delete.removed")}</li>
          <li>{t("account.delete.history")}</li>
          <li>{t("account.delete.undone")}</li>
          {actor.role === "admin" ? <li>{t("account.delete.lastAdmin")}</li> : null}
        </ul>
        {account.hasPassword ? <DeleteAccountForm /> : <NoPasswordYet toDo="deleteAccount" />}
      </Section>
    </>
  );
}
