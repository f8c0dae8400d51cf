// Create a member account.
import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/account/auth-card";
import { safeCallbackPath } from "@/lib/callback-url";
import { siteUrl } from "@/lib/site";
import { SignUpForm } from "@/components/account/sign-up-form";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // Only ever a path on this site (lib/callback-url.ts): anything else becomes "/".
  const callbackUrl = safeCallbackPath(params.callbackUrl, siteUrl());
  return (
    <AuthCard
      title="Create an account"
      intro={
        <>
          Already have one?{" "}
          <Link href="/sign-in" className="text-accent underline">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
