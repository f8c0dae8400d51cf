// The mail outbox: every message the app sends is recorded, then delivered (SMTP) or kept (no SMTP).
import "server-only";
import { count, desc, eq, sql } from "drizzle-orm";
import { mailOutbox } from "@/db/schema";
import { authorize, type Actor } from "@/lib/permissions";
import { fail } from "@/lib/result";
import { getDb, paging } from "./db";

export const OUTBOX_PAGE_SIZE = 20;

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  /** The same key is never queued twice (e.g. one notice per update and person). */
  dedupeKey?: string;
}

/** Records a message; null when one with the same dedupe key was already recorded. */
export async function recordMail(
  mail: OutgoingMail,
  status: "outbox" | "pending",
): Promise<number | null> {
  const db = await getDb();
  const [row] = await db
    .insert(mailOutbox)
    .values({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      headers: mail.headers ?? {},
      status,
      dedupeKey: mail.dedupeKey ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: mailOutbox.id });
  return row?.id ?? null;
}

export async function markMailSent(id: number): Promise<void> {
  const db = await getDb();
  await db
    .update(mailOutbox)
    .set({ status: "sent", sentAt: new Date(), attempts: sql`${mailOutbox.attempts} + 1` })
    .where(eq(mailOutbox.id, id));
}

/** A failed attempt: stays pending for a retry unless it was the last one. */
export async function markMailFailed(id: number, error: string, final: boolean): Promise<void> {
  const db = await getDb();
  await db
    .update(mailOutbox)
    .set({
      status: final ? "failed" : "pending",
      lastError: error.slice(0, 1000),
      attempts: sql`${mailOutbox.attempts} + 1`,
    })
    .where(eq(mailOutbox.id, id));
}

export async function listOutbox(actor: Actor | null, page: number) {
  const decision = authorize(actor, { action: "outbox.read" });
  if (!decision.ok) return fail(decision.status, decision.error);
  const db = await getDb();
  const [total] = await db.select({ n: count() }).from(mailOutbox);
  const pages = paging(page, OUTBOX_PAGE_SIZE, Number(total?.n ?? 0));
  const items = await db
    .select({
      id: mailOutbox.id,
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      text: mailOutbox.text,
      status: mailOutbox.status,
      createdAt: mailOutbox.createdAt,
    })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset(pages.offset);
  return { ok: true as const, items, ...pages };
}
