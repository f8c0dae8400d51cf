// Freedom Sunday for everyone: rendered once and cached. /freedom-sunday?country=… is answered by
// app/freedom-sunday/in/[country] (next.config.ts).
import type { Metadata } from "next";
import { FreedomSundayView } from "@/components/views/freedom-sunday-view";

export const revalidate = 300;

export const metadata: Metadata = {
  title: "Freedom Sunday",
  description:
    "Churches that give one Sunday service to pray for people rescued from trafficking and violence, and for justice.",
  openGraph: { title: "Freedom Sunday · Intercede", url: "/freedom-sunday" },
};

export default function FreedomSundayPage() {
  return <FreedomSundayView />;
}
