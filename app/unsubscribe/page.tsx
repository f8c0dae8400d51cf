// The unsubscribe link from every e-mail: says what will stop, for which address, with one button.
// Opening it changes nothing (link scanners open links); the button's form posts to the API.
import type { Metadata } from "next";
import Link from "next/link";
import { describeUnsubscribe } from "@/lib/data/notifications";

export const metadata: Metadata = {
  title: "Unsubscribe",
  robots: { index: false },
  referrer: "no-referrer",
};

export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token.slice(0, 500) : null;
  const done = params.done === "1";
  const found = await describeUnsubscribe(token);
  const settingsLink = (
    <Link href="/me" className="text-accent underline underline-offset-4">
      your page
    </Link>
  );
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="font-serif text-3xl font-semibold">Unsubscribe</h1>
      {!found.ok ? (
        <div className="mt-6 space-y-3">
          <p role="alert" className="rounded-lg border border-red-700 bg-card px-4 py-3">
            {found.error}
          </p>
          <p className="text-muted">
            Nothing was changed. You can choose your e-mails on {settingsLink}.
          </p>
        </div>
      ) : !found.unsubscribe.subscribed ? (
        <div className="mt-6 space-y-3">
          <p role="status" className="rounded-lg border border-answered bg-card px-4 py-3">
            {done ? "Done: " : "Already done: "}
            <strong>{found.unsubscribe.email}</strong> will no longer get{" "}
            {found.unsubscribe.description}.
          </p>
          <p className="text-muted">
            Changed your mind? Sign in and choose again on {settingsLink}.
          </p>
        </div>
      ) : (
        <form
          method="post"
          action={`/api/unsubscribe?token=${encodeURIComponent(token ?? "")}`}
          className="mt-6 space-y-4 rounded-xl border border-line bg-card p-5"
        >
          <input type="hidden" name="source" value="page" />
          <p>
            Stop sending <strong>{found.unsubscribe.email}</strong> {found.unsubscribe.description}?
          </p>
          <button
            type="submit"
            className="rounded-lg bg-accent px-4 py-2.5 font-semibold text-accent-ink"
          >
            Unsubscribe
          </button>
          <p className="text-sm text-muted">
            Other e-mails are not affected. You can change every choice on {settingsLink}.
          </p>
        </form>
      )}
    </div>
  );
}
