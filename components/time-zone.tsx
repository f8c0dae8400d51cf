"use client";
// Time zones, a church's and a person's: a list of IANA zones (the server's, so the page hydrates
// the same), starting at the browser's own zone when there is none yet, and the forms that save one.
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { FormAlert, SelectField, SubmitButton } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { browserTimeZone } from "@/lib/time";

const noSubscription = () => () => {};

/** The browser's zone once hydrated (null on the server and before). */
export function useBrowserZone(): string | null {
  return useSyncExternalStore(noSubscription, browserTimeZone, () => null);
}

const zoneName = (zone: string) => zone.replace(/_/g, " ");

export function TimeZoneSelect({
  zones,
  value,
  hint,
  error,
}: {
  zones: readonly string[];
  /** The zone already chosen; none: the browser's. */
  value?: string;
  hint?: string;
  error?: string;
}) {
  const t = useTranslations("churches");
  const detected = useBrowserZone();
  const initial = value ?? detected ?? "UTC";
  // A browser may name its zone by an older alias the list does not hold ("Asia/Calcutta" for
  // "Asia/Kolkata"); the server accepts those too, so it is offered as it is, first.
  const options = zones.includes(initial) ? zones : [initial, ...zones];
  // Remounted (key) once the browser's zone is known, so the uncontrolled value starts there.
  return (
    <SelectField
      key={initial}
      label={t("timeZone.label")}
      name="timeZone"
      defaultValue={initial}
      hint={hint}
      error={error}
      options={options.map((zone) => ({ value: zone, label: zoneName(zone) }))}
    />
  );
}

/** A form that saves one time zone to `url` (PUT { timeZone }). */
function TimeZoneForm({
  url,
  zone,
  zones,
  hint,
  saveLabel,
  saved,
  className,
}: {
  url: string;
  zone: string;
  zones: readonly string[];
  hint?: string;
  saveLabel: string;
  saved: string;
  className: string;
}) {
  const save = useAction(url, "PUT");
  return (
    <form
      className={`flex flex-wrap items-end gap-3 ${className}`}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        save.mutate({ timeZone: String(data.get("timeZone") ?? "") });
      }}
    >
      <div className="min-w-60 flex-1">
        <TimeZoneSelect zones={zones} value={zone} hint={hint} error={save.fieldErrors.timeZone} />
      </div>
      <SubmitButton pending={save.isPending}>{saveLabel}</SubmitButton>
      <div className="basis-full">
        <FormAlert message={save.message} />
        {save.isSuccess ? <FormAlert tone="success" message={saved} /> : null}
      </div>
    </form>
  );
}

/** A leader's form for the church's time zone. */
export function ChurchTimeZoneForm({
  churchId,
  zone,
  zones,
}: {
  churchId: number;
  zone: string;
  zones: readonly string[];
}) {
  const t = useTranslations("churches");
  return (
    <TimeZoneForm
      url={`/api/churches/${churchId}/time-zone`}
      zone={zone}
      zones={zones}
      hint={t("timeZone.churchHint")}
      saveLabel={t("timeZone.saveChurch")}
      saved={t("timeZone.churchSaved")}
      className="mt-3"
    />
  );
}

/** A person's own time zone, in their account settings. */
export function MyTimeZoneForm({ zone, zones }: { zone: string; zones: readonly string[] }) {
  const t = useTranslations("churches");
  return (
    <TimeZoneForm
      url="/api/me/time-zone"
      zone={zone}
      zones={zones}
      saveLabel={t("timeZone.saveMine")}
      saved={t("timeZone.mineSaved")}
      className="mt-3 rounded-xl border border-line bg-card p-4"
    />
  );
}
