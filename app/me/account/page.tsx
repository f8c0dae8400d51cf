// The person's own account: name, e-mail address, password, sign out everywhere, a copy of their
// data, and deleting the account. Only ever shown to that person.
import type { Metadata } from "next";
import Link from "next/link";
import {
  DeleteAccountForm,
  EmailForm,
  NameForm,
  PasswordForm,
  SignOutEverywhereButton,
} from "@/components/account/account-settings";
import { requirePermission } from "@/lib/auth/guard";
import { getAccount } from "@/lib/data/account";
import { formatDate } from "@/lib/time";

export const metadata: Metadata = { title: "Account settings", robots: { index: false } };

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 max-w-xl">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** People who only ever signed in with e-mailed links set a password first (through a reset link). */
function NoPasswordYet({ toDo }: { toDo: string }) {
  return (
    <p className="mt-2 text-muted">
      You sign in with e-mailed links and have no password yet. To {toDo}, first set a password with{" "}
      <Link href="/forgot-password" className="text-accent underline underline-offset-4">
        a reset link
      </Link>
      .
    </p>
  );
}

export default async function AccountPage() {
  const actor = await requirePermission({ action: "me.read" }, "/me/account");
  const result = await getAccount(actor);
  if (!result.ok) throw new Error("Your own account was refused");
  const { account } = result;
  return (
    <>
      <p className="text-sm">
        <Link href="/me" className="text-accent underline underline-offset-4">
          My prayers
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">Account settings</h1>
      <p className="mt-1 text-muted">
        Signed in as <span className="break-all">{account.email}</span>, with us since{" "}
        <time dateTime={account.createdAt.toISOString()}>{formatDate(account.createdAt)}</time>.
      </p>

      <Section id="name" title="Your name">
        <p className="mt-1 text-sm text-muted">
          The leaders of your church see it. It is never shown in public.
        </p>
        <NameForm name={account.name ?? ""} />
      </Section>

      <Section id="email" title="E-mail address">
        {account.hasPassword ? (
          <EmailForm email={account.email} pendingEmail={account.pendingEmail} />
        ) : (
          <>
            <p className="mt-2">
              Your address is <strong className="break-all">{account.email}</strong>.
            </p>
            <NoPasswordYet toDo="change it" />
          </>
        )}
      </Section>

      <Section id="password" title="Password">
        {account.hasPassword ? (
          <>
            <p className="mt-1 text-sm text-muted">
              Changing it signs you out on every other browser and device.
            </p>
            <PasswordForm />
          </>
        ) : (
          <NoPasswordYet toDo="choose one" />
        )}
      </Section>

      <Section id="sign-out" title="Sign out everywhere">
        <p className="mt-1">
          Signs you out in every browser and on every device where you are signed in, this one
          included. Use it if you signed in on a computer you share or lost a phone; then sign in
          again here.
        </p>
        <SignOutEverywhereButton />
      </Section>

      <Section id="data" title="Your data">
        <p className="mt-1">
          A file (JSON) with everything Intercede keeps about you: your name and e-mail address, the
          requests you prayed for and when, the requests you follow, your churches, your e-mail
          choices and any Freedom Sunday tasks given to you.
        </p>
        <p className="mt-3">
          <a
            href="/api/me/export"
            download
            className="inline-block rounded-lg border border-line bg-card px-4 py-2.5 font-semibold"
          >
            Download my data (JSON)
          </a>
        </p>
      </Section>

      <Section id="delete" title="Delete your account">
        <p className="mt-1">When you delete your account:</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            Your prayers stay in each request’s count (“prayed N times by M people”), but nothing
            links them to you any more.
          </li>
          <li>
            The requests you follow, your place in your churches, your weekly digest and e-mail
            choices, and your sign-ins on every device are removed. Freedom Sunday tasks given to
            you are left with no one assigned.
          </li>
          <li>
            Changes you made to bulletins, requests or churches stay in their history, shown as made
            by a deleted user. Copies of the e-mails we sent you are removed.
          </li>
          <li>It cannot be undone. Download your data first if you want a copy.</li>
          {actor.role === "admin" ? (
            <li>The last active administrator cannot delete their account.</li>
          ) : null}
        </ul>
        {account.hasPassword ? <DeleteAccountForm /> : <NoPasswordYet toDo="delete your account" />}
      </Section>
    </>
  );
}
