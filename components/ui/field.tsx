// Labelled form controls (input, textarea, select) with hint and error tied to them for screen
// readers; the form's alert; the submit button that waits for hydration.
import { useEffect, useId, useState } from "react";

interface Labelled {
  label: string;
  error?: string;
  hint?: string;
}

const control =
  "mt-1 block w-full rounded-lg border border-line bg-card px-3 py-2 aria-invalid:border-red-700";

/** Label above, hint and error tied to the control for screen readers; the control is drawn by `render`. */
function LabelledControl({
  label,
  error,
  hint,
  render,
}: Labelled & {
  render: (a11y: {
    id: string;
    "aria-invalid": true | undefined;
    "aria-describedby": string | undefined;
    className: string;
  }) => React.ReactNode;
}) {
  const id = useId();
  const describedBy =
    [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {render({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
        className: control,
      })}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function Field({
  label,
  error,
  hint,
  ...input
}: Labelled & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <LabelledControl
      label={label}
      error={error}
      hint={hint}
      render={(a11y) => <input {...a11y} {...input} />}
    />
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  ...textarea
}: Labelled & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <LabelledControl
      label={label}
      error={error}
      hint={hint}
      render={(a11y) => <textarea {...a11y} {...textarea} />}
    />
  );
}

export function SelectField({
  label,
  error,
  hint,
  options,
  ...select
}: Labelled & {
  options: { value: string; label: string }[];
} & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <LabelledControl
      label={label}
      error={error}
      hint={hint}
      render={(a11y) => (
        <select {...a11y} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

export function FormAlert({
  message,
  tone = "error",
}: {
  message: string | null | undefined;
  tone?: "error" | "success";
}) {
  if (!message) return null;
  const colours =
    tone === "error"
      ? "border-red-700 text-red-800 dark:text-red-200"
      : "border-answered text-answered";
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-lg border bg-card px-4 py-3 text-sm ${colours}`}
    >
      {message}
    </p>
  );
}

/** True once React has hydrated: forms wait for it so their submit handler is in place. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the one render after hydration is the point
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export function SubmitButton({
  pending,
  disabled = false,
  children,
}: {
  pending: boolean;
  /** Also blocked for another reason (e.g. safety flags not yet ticked). */
  disabled?: boolean;
  children: React.ReactNode;
}) {
  const hydrated = useHydrated();
  const off = pending || disabled || !hydrated;
  return (
    <button
      type="submit"
      disabled={off}
      aria-disabled={off}
      className="w-full rounded-lg bg-accent px-4 py-2.5 font-semibold text-accent-ink disabled:opacity-70"
    >
      {children}
    </button>
  );
}
