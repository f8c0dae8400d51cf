// A QR code's SVG shown with its text alternative: the address it opens, also printed under it.
// No hooks: used by the server (components/share/qr-code.tsx) and in the browser (invite links).

export function QrFigure({ svg, label, text }: { svg: string; label: string; text: string }) {
  return (
    <figure className="w-fit">
      <div
        role="img"
        aria-label={label}
        className="size-44 rounded-lg bg-white p-2 [&>svg]:size-full"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption className="mt-1 max-w-44 text-xs break-all text-muted">{text}</figcaption>
    </figure>
  );
}
