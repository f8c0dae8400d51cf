// An invite link: shows the church and lets a signed-in person join it.
import type { Metadata } from "next";
import Link from "next/link";
import { JoinChurchButton } from "@/components/churches/forms";
import { currentActor } from "@/lib/auth/session";
import { previewInvite } from "@/lib/data/churches";

export const metadata: Metadata = { title: "Join a church", robots: { index: false } };

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.slice(0, 300);
  const [invite, actor] = await Promise.all([previewInvite(token), currentActor()]);
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="font-serif text-3xl font-semibold">Join a church</h1>
      {!invite.ok ? (
        <p role="alert" className="mt-4 rounded-lg border border-line bg-card px-4 py-3">
          {invite.error}
        </p>
      ) : (
        <div className="mt-4 space-y-4">
          <p>
            You are invited to join <strong>{invite.church.name}</strong> ({invite.church.city},{" "}
            {invite.church.country}) on Intercede, to plan and pray together.
          </p>
          {actor ? (
            <JoinChurchButton token={token} churchName={invite.church.name} />
          ) : (
            <p>
              <Link
                href={`/sign-in?callbackUrl=${encodeURIComponent(`/join/${token}`)}`}
                className="rounded-lg bg-accent px-4 py-2.5 font-semibold text-accent-ink"
              >
                Sign in to join
              </Link>{" "}
              <span className="text-sm text-muted">
                or{" "}
                <Link
                  href={`/sign-up?callbackUrl=${encodeURIComponent(`/join/${token}`)}`}
                  className="text-accent underline"
                >
                  create an account
                </Link>
              </span>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
