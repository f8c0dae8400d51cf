// The bulletin's scripture verse, set as a quotation.
export function Verse({ text, reference }: { text: string; reference: string }) {
  if (!text) return null;
  return (
    <figure className="rounded-xl border-l-4 border-accent bg-card px-5 py-4">
      <blockquote className="font-serif text-xl leading-relaxed sm:text-2xl">
        <p>“{text}”</p>
      </blockquote>
      {reference ? (
        <figcaption className="mt-2 text-sm text-muted">— {reference}</figcaption>
      ) : null}
    </figure>
  );
}
