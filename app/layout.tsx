// Every page lives under app/[locale], whose layout renders <html lang>; this root layout only
// passes through (the set-up next-intl documents for a language segment at the top).
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
