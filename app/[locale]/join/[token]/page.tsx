// An invite link: shows the church and lets a signed-in person join it.
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { JoinChurchButton } from "@/components/churches/forms";
import { currentActor } from "@/lib/auth/session";
import { EXPIRED_INVITE, INVALID_INVITE, previewInvite } from "@/lib/data/church-invites";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page";

type Params = Promise<{ locale: string; token: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "churches" });
  return { title: t("join.metaTitle"), robots: { index: false } };
}

export default async function JoinPage({ params }: { params: Params }) {
  await pageLocale(params);
  const t = await getTranslations("churches");
  const token = (await params).token.slice(0, 300);
  const [invite, actor] = await Promise.all([previewInvite(token), currentActor()]);
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="font-serif text-3xl font-semibold">{t("join.heading")}</h1>
      {!invite.ok ? (
        <p role="alert" className="mt-4 rounded-lg border border-line bg-card px-4 py-3">
          {invite.error === INVALID_INVITE
            ? t("join.invalid")
            : invite.error === EXPIRED_INVITE
              ? t("join.expired")
              : invite.error}
        </p>
      ) : (
        <div className="mt-4 space-y-4">
          <p>
            {t.rich("join.invited", {
              name: invite.church.name,
              city: invite.church.city,
              country: invite.church.country,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          {actor ? (
            <JoinChurchButton token={token} churchName={invite.church.name} />
          ) : (
            <p>
              <Link
                href={`/sign-in?callbackUrl=${encodeURIComponent(`/join/${token}`)}`}
                className="rounded-lg bg-accent px-4 py-2.5 font-semibold text-accent-ink"
              >
                {t("join.signIn")}
              </Link>{" "}
              <span className="text-sm text-muted">
                {t.rich("join.orCreate", {
                  link: (chunks) => (
                    <Link
                      href={`/sign-up?callbackUrl=${encodeURIComponent(`/join/${token}`)}`}
                      className="text-accent underline"
                    >
                      {chunks}
                    </Link>
                  ),
                })}
              </span>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
