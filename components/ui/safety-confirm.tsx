"use client";
// The survivor-safety check, as people writing public text meet it: when the server refuses a write
// (409) because the text may identify someone, the flags are listed and the write goes through only
// once the writer ticks that they checked them. One hook and one component for every such form.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ApiError } from "@/lib/api-client";

export interface FlagGroup {
  where: string;
  flags: { kind: string; match: string; message: string; index: number }[];
}

export interface SafetyConfirmation {
  flags: FlagGroup[];
  confirmed: boolean;
  setConfirmed: (value: boolean) => void;
  /** What to send with the write: true only once flags were shown and ticked. */
  confirmSafety: boolean;
  /** Blocks the submit button while flags are shown and not yet ticked. */
  blocking: boolean;
  /** Call from the mutation's onError: keeps the flags of a 409. */
  onError: (error: Error) => void;
  /** Call from the mutation's onSuccess. */
  reset: () => void;
}

export function isSafetyRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && flagsOf(error).length > 0;
}

function flagsOf(error: ApiError): FlagGroup[] {
  const details = error.details as { flags?: FlagGroup[] } | undefined;
  return Array.isArray(details?.flags) ? details.flags : [];
}

export function useSafetyConfirmation(): SafetyConfirmation {
  const [flags, setFlags] = useState<FlagGroup[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  return {
    flags,
    confirmed,
    setConfirmed,
    confirmSafety: flags.length > 0 && confirmed,
    blocking: flags.length > 0 && !confirmed,
    onError: (error) => {
      if (error instanceof ApiError && isSafetyRefusal(error)) {
        setFlags(flagsOf(error));
        setConfirmed(false);
      }
    },
    reset: () => {
      setFlags([]);
      setConfirmed(false);
    },
  };
}

/** The flags and the "I checked these" box; nothing when there are no flags. */
export function SafetyConfirm({ safety }: { safety: SafetyConfirmation }) {
  const t = useTranslations("me");
  if (safety.flags.length === 0) return null;
  return (
    <div
      role="alert"
      className="rounded-lg border border-amber-700 px-3 py-2 text-sm text-amber-900 dark:border-amber-300 dark:text-amber-100"
    >
      <p className="font-semibold">{t("ui.safetyFlagged")}</p>
      <ul className="mt-1 list-disc pl-5">
        {safety.flags.flatMap((group) =>
          group.flags.map((flag) => (
            <li key={`${group.where}-${flag.index}-${flag.kind}`}>
              {group.where}: {flag.message}
            </li>
          )),
        )}
      </ul>
      <label className="mt-2 flex items-start gap-2">
        <input
          type="checkbox"
          checked={safety.confirmed}
          onChange={(e) => safety.setConfirmed(e.target.checked)}
          className="mt-1"
        />
        <span>{t("ui.safetyChecked")}</span>
      </label>
    </div>
  );
}
