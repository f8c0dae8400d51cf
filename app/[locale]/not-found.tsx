// 404: said plainly, with the way back.
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <div className="py-16 text-center">
      <h1 className="font-serif text-3xl font-semibold">{t("notFound.title")}</h1>
      <p className="mt-2 text-muted">{t("notFound.body")}</p>
      <p className="mt-6">
        <Link href="/" className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink">
          {t("backToThisWeek")}
        </Link>
      </p>
    </div>
  );
}
