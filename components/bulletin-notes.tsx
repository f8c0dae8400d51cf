// The notes under a bulletin's items (e.g. where the mission's headquarters are), when it has any.
import { useTranslations } from "next-intl";

export function BulletinNotes({ notes }: { notes: string[] }) {
  const t = useTranslations("requests");
  if (notes.length === 0) return null;
  return (
    <aside
      aria-labelledby="notes-heading"
      className="mt-10 rounded-xl border border-line p-4 text-sm text-muted sm:p-5"
    >
      <h2 id="notes-heading" className="font-semibold text-ink">
        {t("notes.heading")}
      </h2>
      {notes.map((note) => (
        <p key={note} className="mt-2">
          {note}
        </p>
      ))}
    </aside>
  );
}
