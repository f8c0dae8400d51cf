"use client";
// The person's e-mail choices on /me: notices about requests they follow, and the regions of their
// weekly digest (none: no digest). Saved together with PUT /api/me/email.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FormAlert, useHydrated } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import type { EmailSettingsView } from "@/lib/data/notifications";

export function EmailSettings({ settings }: { settings: EmailSettingsView }) {
  const t = useTranslations("me");
  const id = useId();
  const hydrated = useHydrated();
  const [notifyFollows, setNotifyFollows] = useState(settings.notifyFollows);
  const [regions, setRegions] = useState<string[]>(settings.regions);
  const save = useAction("/api/me/email", "PUT");
  const toggle = (slug: string, on: boolean) => {
    save.reset();
    setRegions((current) =>
      settings.available.map((r) => r.slug).filter((s) => (s === slug ? on : current.includes(s))),
    );
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {t("email.title")}
      </h2>
      <form
        className="mt-3 space-y-5 rounded-xl border border-line bg-card p-4"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ regions, notifyFollows });
        }}
      >
        <div className="flex items-start gap-3">
          <input
            id={`${id}-follows`}
            type="checkbox"
            checked={notifyFollows}
            onChange={(e) => {
              save.reset();
              setNotifyFollows(e.target.checked);
            }}
            className="mt-1 size-4 accent-accent"
          />
          <label htmlFor={`${id}-follows`}>{t("email.follows")}</label>
        </div>
        <fieldset aria-describedby={`${id}-digest-hint`}>
          <legend className="font-semibold">{t("email.digest")}</legend>
          <p id={`${id}-digest-hint`} className="text-sm text-muted">
            {t("email.digestHint")}
          </p>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {settings.available.map((region) => (
              <li key={region.slug} className="flex items-center gap-3">
                <input
                  id={`${id}-region-${region.slug}`}
                  type="checkbox"
                  checked={regions.includes(region.slug)}
                  onChange={(e) => toggle(region.slug, e.target.checked)}
                  className="size-4 accent-accent"
                />
                <label htmlFor={`${id}-region-${region.slug}`}>{region.name}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={save.isPending || !hydrated}
            aria-disabled={save.isPending || !hydrated}
            className="rounded-lg bg-accent px-4 py-2.5 font-semibold text-accent-ink disabled:opacity-70"
          >
            {t("email.save")}
          </button>
          <span role="status" className="text-sm">
            {save.isSuccess ? t("email.saved") : ""}
          </span>
        </div>
        <FormAlert message={save.error?.message} />
      </form>
    </section>
  );
}
