// Prayer meeting mode: any signed-in person starts one, to show on a projector; phones join by its
// QR code and follow along.
import { getTranslations } from "next-intl/server";
import { StartMeeting } from "@/components/start-meeting";
import { pageLocale } from "@/i18n/page";
import { privatePageTitle } from "@/i18n/page-title";
import { requirePermission } from "@/lib/auth/guard";

export const generateMetadata = privatePageTitle("pray", "present.title");

export default async function PresentPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  await requirePermission({ action: "me.read" }, "/pray/present");
  const t = await getTranslations("pray");
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">{t("present.title")}</h1>
      <p className="mt-2 max-w-prose text-muted">{t("present.intro")}</p>
      <div className="mt-6">
        <StartMeeting />
      </div>
    </>
  );
}
