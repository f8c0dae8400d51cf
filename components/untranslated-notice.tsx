// Said where a page in Spanish, French or Portuguese shows text staff have not translated yet: the
// original English follows (and is marked lang="en" where it is shown).
import { useTranslations } from "next-intl";

export function UntranslatedNotice({ scope = "page" }: { scope?: "page" | "item" }) {
  const t = useTranslations("translate");
  return (
    <p className="text-sm text-muted italic">
      {scope === "page" ? t("notTranslated") : t("itemNotTranslated")}
    </p>
  );
}
