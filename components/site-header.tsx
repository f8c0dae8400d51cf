"use client";
// The header: always one row. From 1024 px wide the main links and the person's own links sit in
// it; narrower, they fold into a "Menu" panel under the row, and only "Sign in" / "Sign out" stay
// beside it. The panel closes on a link, on Escape (focus back on the button) and on any navigation.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import { LogoMark } from "./logo";
import { signOut, useSessionUser, type SessionUser } from "./account/session";

export interface HeaderLink {
  href: string;
  label: string;
}

type T = ReturnType<typeof useTranslations<"common">>;

function personalLinks(user: SessionUser | null, t: T): HeaderLink[] {
  if (!user) return [];
  const links: HeaderLink[] = [{ href: "/me", label: t("nav.myPrayers") }];
  if (user.role === "staff" || user.role === "admin")
    links.push({ href: "/staff", label: t("nav.staff") });
  if (user.role === "admin") links.push({ href: "/admin", label: t("nav.admin") });
  return links;
}

const linkClass = "underline-offset-4 hover:underline";
const buttonClass =
  "rounded-lg border border-line px-3 py-1.5 text-sm font-semibold whitespace-nowrap";

function AccountButton({ user, loading }: { user: SessionUser | null; loading: boolean }) {
  const t = useTranslations("common");
  // While the session loads, an invisible "Sign in" holds its place: the header does not move.
  if (loading)
    return (
      <span className={`invisible ${buttonClass}`} aria-hidden="true">
        {t("nav.signIn")}
      </span>
    );
  if (!user)
    return (
      <Link href="/sign-in" className={buttonClass}>
        {t("nav.signIn")}
      </Link>
    );
  return (
    <button type="button" onClick={() => void signOut()} className={buttonClass}>
      {t("nav.signOut")}
    </button>
  );
}

/** A column of links in the folded menu; choosing one closes it. */
function MenuLinks({
  links,
  className = "",
  onChoose,
}: {
  links: readonly HeaderLink[];
  className?: string;
  onChoose: () => void;
}) {
  return (
    <ul className={`grid gap-1 ${className}`}>
      {links.map((link) => (
        <li key={link.href}>
          <Link
            href={link.href}
            onClick={onChoose}
            className="block rounded-md px-2 py-2 hover:bg-request-bg"
          >
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function SiteHeader({ links }: { links: readonly HeaderLink[] }) {
  const t = useTranslations("common");
  const { user, loading } = useSessionUser();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  const mine = personalLinks(user, t);

  // Any navigation closes the panel.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  const name = user ? (user.name ?? user.email) : null;
  return (
    <div className="relative mx-auto max-w-6xl px-4">
      <div className="flex items-center gap-4 py-3">
        <Link
          href="/"
          className="flex shrink-0 items-center gap-2 font-serif text-xl font-semibold tracking-tight"
        >
          <LogoMark />
          Intercede
        </Link>
        <nav aria-label={t("nav.main")} className="hidden min-w-0 flex-1 lg:block">
          <ul className="flex gap-x-4 text-sm whitespace-nowrap">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={linkClass}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-x-4 text-sm whitespace-nowrap">
          {mine.length > 0 ? (
            <ul className="hidden items-center gap-x-4 lg:flex">
              {mine.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className={linkClass}>
                    {link.label}
                  </Link>
                </li>
              ))}
              <li className="max-w-40 truncate text-muted">{name}</li>
            </ul>
          ) : null}
          <AccountButton user={user} loading={loading} />
          <button
            ref={button}
            type="button"
            aria-expanded={open}
            aria-controls="site-menu"
            onClick={() => setOpen((value) => !value)}
            className={`${buttonClass} lg:hidden`}
          >
            {t("nav.menu")}
          </button>
        </div>
      </div>
      <div id="site-menu" hidden={!open} className="border-t border-line pb-4 lg:hidden">
        <nav aria-label={t("nav.main")}>
          <MenuLinks links={links} className="pt-3" onChoose={() => setOpen(false)} />
        </nav>
        {mine.length > 0 ? (
          <div className="mt-2 border-t border-line pt-2">
            <p className="px-2 py-1 text-sm text-muted">
              {t("nav.signedInAs", { name: name ?? "" })}
            </p>
            <MenuLinks links={mine} onChoose={() => setOpen(false)} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
