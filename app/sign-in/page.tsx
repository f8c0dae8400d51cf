// Sign in with email and password.
import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/account/auth-card";
import { safeCallbackPath } from "@/lib/callback-url";
import { siteUrl } from "@/lib/site";
import { SignInForm } from "@/components/account/sign-in-form";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  // Only ever a path on this site (lib/callback-url.ts): anything else becomes "/".
  const callbackUrl = safeCallbackPath(params.callbackUrl, siteUrl());
  const signUpHref =
    callbackUrl === "/" ? "/sign-up" : `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <AuthCard
      title="Sign in"
      intro={
        <>
          New here?{" "}
          <Link href={signUpHref} className="text-accent underline">
            Create an account
          </Link>{" "}
          to say “I prayed” and follow requests.
        </>
      }
    >
      {params.deleted ? (
        <p role="status" className="mb-4 text-sm">
          Your account was deleted.
        </p>
      ) : null}
      {params.sent ? (
        <p role="status" className="mb-4 text-sm">
          Check your email: we sent you a sign-in link.
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} emailLinks={Boolean(env().SMTP_URL)} />
    </AuthCard>
  );
}
