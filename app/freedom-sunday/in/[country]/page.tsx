// /freedom-sunday?country=… (rewritten here by next.config.ts): the hosting churches of one country,
// cached per country that has any (another country is said so and not kept).
import type { Metadata } from "next";
import { FreedomSundayView } from "@/components/views/freedom-sunday-view";

export const revalidate = 300;

export function generateStaticParams(): never[] {
  return [];
}

type Params = Promise<{ country: string }>;

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const country = decoded((await params).country);
  return {
    title: "Freedom Sunday",
    alternates: { canonical: `/freedom-sunday?country=${encodeURIComponent(country)}` },
  };
}

export default async function FreedomSundayCountryPage({ params }: { params: Params }) {
  return <FreedomSundayView country={decoded((await params).country)} />;
}
