// Any other address under a language renders that language's not-found page.
import { notFound } from "next/navigation";

export default function CatchAll() {
  notFound();
}
