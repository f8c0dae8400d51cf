// An address outside every language (none of the app's pages): a plain not-found page of its own,
// since the root layout renders no <html>.
import Link from "next/link";
import "@/app/globals.css";

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <main className="mx-auto max-w-4xl px-4 py-16 text-center">
          <h1 className="font-serif text-3xl">Page not found</h1>
          <p className="mt-2">
            <Link href="/" className="underline underline-offset-4">
              Intercede
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
