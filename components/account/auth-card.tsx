// The narrow card that holds the sign-in, sign-up and password pages.
export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="font-serif text-3xl font-semibold">{title}</h1>
      {intro ? <div className="mt-2 text-muted">{intro}</div> : null}
      <div className="mt-6 rounded-xl border border-line bg-card p-5">{children}</div>
    </div>
  );
}
