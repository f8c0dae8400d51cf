// The link sent to a new e-mail address. Opening it changes nothing; the button confirms the change.
import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/account/auth-card";
import { ConfirmEmailForm } from "@/components/account/confirm-email-form";

export const metadata: Metadata = {
  title: "Confirm your new e-mail address",
  robots: { index: false },
};

export default async function ConfirmEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Confirm your new e-mail address">
      {typeof token === "string" && token.length >= 20 && token.length <= 200 ? (
        <ConfirmEmailForm token={token} />
      ) : (
        <p role="alert">
          This link is not complete. Copy the whole link from the e-mail, or ask for a new one on{" "}
          <Link href="/me/account" className="text-accent underline">
            your account page
          </Link>
          .
        </p>
      )}
    </AuthCard>
  );
}
