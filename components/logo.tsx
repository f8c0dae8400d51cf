// Intercede's mark: a flame (a candle lit in prayer) on the accent, the same drawing as the
// favicon (app/icon.svg) and the home-screen icon (app/apple-icon.tsx). Decorative beside the
// wordmark, which names the link.
export const FLAME_OUTER =
  "M32 9c7 9 13 16 13 25a13 13 0 0 1-26 0c0-6 3-10 7-14 0 6 2 9 5 10-1-8 0-14 1-21z";
export const FLAME_INNER = "M32 31c3 4 5 7 5 10a5 5 0 0 1-10 0c0-3 2-6 5-10z";

export function LogoMark({ className = "size-7" }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true" focusable="false" className={className}>
      <rect width="64" height="64" rx="14" fill="#0b5d75" />
      <path d={FLAME_OUTER} fill="#fbfaf7" />
      <path d={FLAME_INNER} fill="#f3c46b" />
    </svg>
  );
}
