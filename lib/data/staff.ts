// Staff publishing: bulletins (create, edit, reorder, publish, schedule, unpublish), requests
// (archive, case updates, answered) — each one transaction, each checked and audited in place.
import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, lte, ne } from "drizzle-orm";
import { bulletinItems, bulletins, regions, requests, updates } from "@/db/schema";
import { renderRequestText, renderUpdateText } from "@/lib/markdown";
import { permit, type Actor } from "@/lib/permissions";
import { fail, type Result } from "@/lib/result";
import type { BulletinInput } from "@/lib/validation/bulletins";
import { recordAudit } from "./audit";
import { publishBulletinIn, staffBulletinColumns } from "./bulletins";
import { getDb, lockRows, type Tx } from "./db";

export interface EditableItem {
  requestId: number;
  region: string;
  country: string | null;
  kind: "request" | "praise";
  title: string;
  body: string;
  status: "open" | "answered" | "archived";
  /** Other bulletins carry it too: edits show there as well. */
  sharedWith: number;
}

export interface EditableBulletin {
  id: number;
  title: string;
  verseText: string;
  verseReference: string;
  notes: string[];
  status: "draft" | "scheduled" | "published";
  publishAt: Date | null;
  items: EditableItem[];
}

export async function getBulletinForEdit(
  actor: Actor | null,
  id: number,
): Promise<Result<{ bulletin: EditableBulletin }>> {
  const allowed = permit(actor, { action: "bulletin.write" });
  if (!allowed.ok) return allowed;
  const db = await getDb();
  const [row] = await db
    .select({
      id: bulletins.id,
      title: bulletins.title,
      verseText: bulletins.verseText,
      verseReference: bulletins.verseReference,
      notes: bulletins.notes,
      status: bulletins.status,
      publishAt: bulletins.publishAt,
    })
    .from(bulletins)
    .where(eq(bulletins.id, id))
    .limit(1);
  if (!row) return fail(404, "There is no such bulletin.");
  const items = await db
    .select({
      requestId: requests.id,
      region: regions.slug,
      country: requests.country,
      kind: requests.kind,
      title: requests.title,
      body: requests.body,
      status: requests.status,
    })
    .from(bulletinItems)
    .innerJoin(requests, eq(requests.id, bulletinItems.requestId))
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(eq(bulletinItems.bulletinId, id))
    .orderBy(asc(bulletinItems.position));
  const shared =
    items.length === 0
      ? []
      : await db
          .select({ requestId: bulletinItems.requestId, bulletinId: bulletinItems.bulletinId })
          .from(bulletinItems)
          .where(
            and(
              inArray(
                bulletinItems.requestId,
                items.map((i) => i.requestId),
              ),
              ne(bulletinItems.bulletinId, id),
            ),
          );
  return {
    ok: true,
    bulletin: {
      ...row,
      items: items.map((item) => ({
        ...item,
        sharedWith: shared.filter((s) => s.requestId === item.requestId).length,
      })),
    },
  };
}

async function regionsBySlug(tx: Tx): Promise<Map<string, { id: number; name: string }>> {
  const rows = await tx
    .select({ id: regions.id, slug: regions.slug, name: regions.name })
    .from(regions);
  return new Map(rows.map((r) => [r.slug, r]));
}

/**
 * Creates (id null) or rewrites a bulletin and its items, in order, in one transaction. The route
 * has run the safety check on its text; `safetyConfirmed` lists what staff confirmed, for the audit.
 */
export async function saveBulletin(
  actor: Actor | null,
  id: number | null,
  input: BulletinInput,
  safetyConfirmed: readonly string[] = [],
): Promise<Result<{ id: number }>> {
  const allowed = permit(actor, { action: "bulletin.write" });
  if (!allowed.ok) return allowed;
  const staff = allowed.actor;
  const db = await getDb();
  return db.transaction(async (tx): Promise<Result<{ id: number }>> => {
    const regionOf = await regionsBySlug(tx);
    const fieldErrors: Record<string, string> = {};
    input.items.forEach((item, index) => {
      if (!regionOf.has(item.region))
        fieldErrors[`items.${index}.region`] =
          `Item ${index + 1}: there is no region “${item.region}”.`;
    });
    const seen = new Set<number>();
    input.items.forEach((item, index) => {
      if (!item.requestId) return;
      if (seen.has(item.requestId))
        fieldErrors[`items.${index}.requestId`] =
          `Item ${index + 1} repeats a request already in this bulletin.`;
      seen.add(item.requestId);
    });
    if (Object.keys(fieldErrors).length > 0)
      return fail(422, Object.values(fieldErrors)[0]!, fieldErrors);

    const now = new Date();
    let bulletinId = id;
    let publicAt: Date | null = null;
    if (bulletinId === null) {
      const [created] = await tx
        .insert(bulletins)
        .values({
          title: input.title,
          verseText: input.verseText,
          verseReference: input.verseReference,
          notes: input.notes,
          status: "draft",
          createdBy: staff.id,
        })
        .returning({ id: bulletins.id });
      bulletinId = created!.id;
      await recordAudit(tx, {
        actor: staff,
        entityType: "bulletin",
        entityId: bulletinId,
        action: "created",
        after: { title: input.title, items: input.items.length },
      });
    } else {
      const [before] = await tx
        .select({
          title: bulletins.title,
          verseText: bulletins.verseText,
          verseReference: bulletins.verseReference,
          notes: bulletins.notes,
          status: bulletins.status,
          publishAt: bulletins.publishAt,
        })
        .from(bulletins)
        .where(eq(bulletins.id, bulletinId))
        .limit(1);
      if (!before) return fail(404, "There is no such bulletin.");
      publicAt = before.status === "draft" ? null : before.publishAt;
      await tx
        .update(bulletins)
        .set({
          title: input.title,
          verseText: input.verseText,
          verseReference: input.verseReference,
          notes: input.notes,
          updatedAt: now,
        })
        .where(eq(bulletins.id, bulletinId));
      const after = {
        title: input.title,
        verseText: input.verseText,
        verseReference: input.verseReference,
        notes: input.notes,
      };
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter(
        (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
      );
      if (changed.length > 0)
        await recordAudit(tx, {
          actor: staff,
          entityType: "bulletin",
          entityId: bulletinId,
          action: `edited ${changed.join(", ")}`,
          before: Object.fromEntries(changed.map((k) => [k, before[k]])),
          after: Object.fromEntries(changed.map((k) => [k, after[k]])),
        });
    }

    const previousItems = await tx
      .select({ requestId: bulletinItems.requestId })
      .from(bulletinItems)
      .where(eq(bulletinItems.bulletinId, bulletinId))
      .orderBy(asc(bulletinItems.position));
    const requestIds: number[] = [];
    for (const item of input.items) {
      const region = regionOf.get(item.region)!;
      const values = {
        regionId: region.id,
        country: item.country,
        kind: item.kind,
        title: item.title,
        body: item.body,
      };
      if (item.requestId) {
        const [before] = await tx
          .select({
            regionId: requests.regionId,
            country: requests.country,
            kind: requests.kind,
            title: requests.title,
            body: requests.body,
          })
          .from(requests)
          .where(eq(requests.id, item.requestId))
          .limit(1);
        if (!before) return fail(422, `There is no request ${item.requestId} to carry over.`);
        const changed = (Object.keys(values) as (keyof typeof values)[]).filter(
          (k) => before[k] !== values[k],
        );
        if (changed.length > 0) {
          await tx
            .update(requests)
            .set({
              ...values,
              ...renderRequestText({ ...values, regionName: region.name }),
              updatedAt: now,
            })
            .where(eq(requests.id, item.requestId));
          await recordAudit(tx, {
            actor: staff,
            entityType: "request",
            entityId: item.requestId,
            action: `edited ${changed.join(", ")} (bulletin ${bulletinId})`,
            before: Object.fromEntries(changed.map((k) => [k, before[k]])),
            after: Object.fromEntries(changed.map((k) => [k, values[k]])),
          });
        }
        requestIds.push(item.requestId);
      } else {
        const [created] = await tx
          .insert(requests)
          .values({
            ...values,
            ...renderRequestText({ ...values, regionName: region.name }),
            firstBulletinId: bulletinId,
            publishedAt: publicAt,
          })
          .returning({ id: requests.id });
        await recordAudit(tx, {
          actor: staff,
          entityType: "request",
          entityId: created!.id,
          action: `created (bulletin ${bulletinId})`,
          after: { ...values },
        });
        requestIds.push(created!.id);
      }
    }
    await tx.delete(bulletinItems).where(eq(bulletinItems.bulletinId, bulletinId));
    await tx
      .insert(bulletinItems)
      .values(
        requestIds.map((requestId, position) => ({ bulletinId: bulletinId!, requestId, position })),
      );
    if (publicAt) {
      // Carried-over requests that were never public become public with this (already public) bulletin.
      await tx
        .update(requests)
        .set({ publishedAt: publicAt })
        .where(and(inArray(requests.id, requestIds), isNull(requests.publishedAt)));
    }
    if (safetyConfirmed.length > 0)
      await recordAudit(tx, {
        actor: staff,
        entityType: "bulletin",
        entityId: bulletinId,
        action: "saved despite safety flags (staff checked them)",
        after: { safetyFlagsConfirmed: [...safetyConfirmed] },
      });
    const previousOrder = previousItems.map((p) => p.requestId).join(",");
    if (id !== null && previousOrder !== requestIds.join(","))
      await recordAudit(tx, {
        actor: staff,
        entityType: "bulletin",
        entityId: bulletinId,
        action: "changed items or their order",
        before: { requests: previousItems.map((p) => p.requestId) },
        after: { requests: requestIds },
      });
    return { ok: true, id: bulletinId };
  });
}

/**
 * Publishes now, or schedules for `at`. Refuses an incomplete bulletin. The route has run the safety
 * check on the bulletin's text; `safetyConfirmed` is what staff confirmed, recorded with the publish.
 */
export async function publishBulletin(
  actor: Actor | null,
  id: number,
  options: { at: Date | null; safetyConfirmed?: readonly string[] },
): Promise<Result<{ status: "published" | "scheduled"; publishAt: Date }>> {
  const allowed = permit(actor, { action: "bulletin.write" });
  if (!allowed.ok) return allowed;
  const staff = allowed.actor;
  const found = await getBulletinForEdit(staff, id);
  if (!found.ok) return found;
  const { bulletin } = found;
  if (!bulletin.verseText.trim() || !bulletin.verseReference.trim())
    return fail(422, "Add the verse and its reference before publishing.");
  if (bulletin.items.length === 0) return fail(422, "Add at least one item before publishing.");
  if (bulletin.items.some((i) => !i.body.trim() || !i.title.trim()))
    return fail(422, "Every item needs a title and some text before publishing.");
  const confirmed = options.safetyConfirmed ?? [];
  const at = options.at ?? new Date();
  const db = await getDb();
  await db.transaction(async (tx) => {
    await publishBulletinIn(tx, id, at);
    await recordAudit(tx, {
      actor: staff,
      entityType: "bulletin",
      entityId: id,
      action: at > new Date() ? "scheduled" : "published",
      before: { status: bulletin.status, publishAt: bulletin.publishAt?.toISOString() ?? null },
      after: {
        publishAt: at.toISOString(),
        ...(confirmed.length > 0 ? { safetyFlagsConfirmed: [...confirmed] } : {}),
      },
    });
  });
  return { ok: true, status: at > new Date() ? "scheduled" : "published", publishAt: at };
}

/** Back to draft: its requests stay public only if another public bulletin carries them. */
export async function unpublishBulletin(actor: Actor | null, id: number): Promise<Result> {
  const allowed = permit(actor, { action: "bulletin.write" });
  if (!allowed.ok) return allowed;
  const staff = allowed.actor;
  const db = await getDb();
  return db.transaction(async (tx): Promise<Result> => {
    const [before] = await tx
      .select({ status: bulletins.status, publishAt: bulletins.publishAt })
      .from(bulletins)
      .where(eq(bulletins.id, id))
      .limit(1);
    if (!before) return fail(404, "There is no such bulletin.");
    if (before.status === "draft") return fail(409, "This bulletin is not published.");
    await tx
      .update(bulletins)
      .set({ status: "draft", publishAt: null, updatedAt: new Date() })
      .where(eq(bulletins.id, id));
    const items = await tx
      .select({ requestId: bulletinItems.requestId })
      .from(bulletinItems)
      .where(eq(bulletinItems.bulletinId, id));
    for (const { requestId } of items) {
      const [other] = await tx
        .select({ publishAt: bulletins.publishAt })
        .from(bulletinItems)
        .innerJoin(bulletins, eq(bulletins.id, bulletinItems.bulletinId))
        .where(
          and(
            eq(bulletinItems.requestId, requestId),
            ne(bulletins.id, id),
            inArray(bulletins.status, ["scheduled", "published"]),
          ),
        )
        .orderBy(asc(bulletins.publishAt))
        .limit(1);
      await tx
        .update(requests)
        .set({ publishedAt: other?.publishAt ?? null })
        .where(eq(requests.id, requestId));
    }
    await recordAudit(tx, {
      actor: staff,
      entityType: "bulletin",
      entityId: id,
      action: "unpublished",
      before: { status: before.status, publishAt: before.publishAt?.toISOString() ?? null },
      after: { status: "draft" },
    });
    return { ok: true };
  });
}

export interface StaffRequest {
  id: number;
  title: string;
  /** The body as stored when it was written (sanitised HTML). */
  bodyHtml: string;
  kind: "request" | "praise";
  status: "open" | "answered" | "archived";
  country: string | null;
  regionName: string;
  publishedAt: Date | null;
  prayerCount: number;
  prayerPeople: number;
  updates: {
    id: number;
    kind: "update" | "answered" | "reopened";
    /** As staff wrote it (Markdown), for translating it side by side. */
    body: string;
    bodyHtml: string;
    postedAt: Date;
  }[];
  bulletins: { id: number; title: string; status: string; publishAt: Date | null }[];
}

export async function getRequestForStaff(
  actor: Actor | null,
  id: number,
): Promise<Result<{ request: StaffRequest }>> {
  const allowed = permit(actor, { action: "request.write" });
  if (!allowed.ok) return allowed;
  const db = await getDb();
  const [row] = await db
    .select({
      id: requests.id,
      title: requests.title,
      bodyHtml: requests.bodyHtml,
      kind: requests.kind,
      status: requests.status,
      country: requests.country,
      regionName: regions.name,
      publishedAt: requests.publishedAt,
      prayerCount: requests.prayerCount,
      prayerPeople: requests.prayerPeople,
    })
    .from(requests)
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(eq(requests.id, id))
    .limit(1);
  if (!row) return fail(404, "There is no such request.");
  const [timeline, carriedBy] = await Promise.all([
    db
      .select({
        id: updates.id,
        kind: updates.kind,
        body: updates.body,
        bodyHtml: updates.bodyHtml,
        postedAt: updates.postedAt,
      })
      .from(updates)
      .where(eq(updates.requestId, id))
      .orderBy(asc(updates.postedAt), asc(updates.id)),
    db
      .select({
        id: bulletins.id,
        title: bulletins.title,
        status: bulletins.status,
        publishAt: bulletins.publishAt,
      })
      .from(bulletinItems)
      .innerJoin(bulletins, eq(bulletins.id, bulletinItems.bulletinId))
      .where(eq(bulletinItems.requestId, id))
      .orderBy(desc(bulletins.id)),
  ]);
  return { ok: true, request: { ...row, updates: timeline, bulletins: carriedBy } };
}

/** Archives a request (it leaves the default lists) or brings it back. */
export async function setRequestArchived(
  actor: Actor | null,
  id: number,
  archived: boolean,
): Promise<Result<{ status: "open" | "answered" | "archived" }>> {
  const allowed = permit(actor, { action: "request.write" });
  if (!allowed.ok) return allowed;
  const staff = allowed.actor;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockRows(tx, "requests", [id]);
    const [before] = await tx
      .select({ status: requests.status })
      .from(requests)
      .where(eq(requests.id, id))
      .limit(1);
    if (!before) return fail(404, "There is no such request.");
    if (!archived && before.status !== "archived") return { ok: true, status: before.status };
    // Brought back, a request is as its timeline last left it: answered if its latest answered or
    // reopened update says answered, else open.
    const [last] = archived
      ? []
      : await tx
          .select({ kind: updates.kind })
          .from(updates)
          .where(and(eq(updates.requestId, id), inArray(updates.kind, ["answered", "reopened"])))
          .orderBy(desc(updates.postedAt), desc(updates.id))
          .limit(1);
    const status = archived ? "archived" : last?.kind === "answered" ? "answered" : "open";
    if (before.status === status) return { ok: true, status };
    await tx.update(requests).set({ status, updatedAt: new Date() }).where(eq(requests.id, id));
    await recordAudit(tx, {
      actor: staff,
      entityType: "request",
      entityId: id,
      action: archived ? "archived" : "unarchived",
      before: { status: before.status },
      after: { status },
    });
    return { ok: true, status };
  });
}

/**
 * Adds a dated update to a request's timeline. "answered" also marks the request answered (the note
 * says how); "reopened" opens it again. The timeline and the counts stay as they are.
 */
export async function addCaseUpdate(
  actor: Actor | null,
  requestId: number,
  input: {
    kind: "update" | "answered" | "reopened";
    body: string;
    postedAt: Date;
    /** Flagged words staff confirmed are safe (the route ran the safety check), for the audit. */
    safetyConfirmed?: readonly string[];
  },
): Promise<Result<{ updateId: number; status: "open" | "answered" | "archived" }>> {
  const allowed = permit(actor, { action: "request.write" });
  if (!allowed.ok) return allowed;
  const staff = allowed.actor;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockRows(tx, "requests", [requestId]);
    const [request] = await tx
      .select({ status: requests.status })
      .from(requests)
      .where(eq(requests.id, requestId))
      .limit(1);
    if (!request) return fail(404, "There is no such request.");
    if (input.kind === "answered" && request.status === "answered")
      return fail(409, "This request is already marked answered.");
    if (input.kind === "reopened" && request.status === "open")
      return fail(409, "This request is already open.");
    const [created] = await tx
      .insert(updates)
      .values({
        requestId,
        kind: input.kind,
        body: input.body,
        ...renderUpdateText(input.body),
        postedAt: input.postedAt,
        createdBy: staff.id,
      })
      .returning({ id: updates.id });
    const status =
      input.kind === "answered" ? "answered" : input.kind === "reopened" ? "open" : request.status;
    if (status !== request.status)
      await tx
        .update(requests)
        .set({ status, updatedAt: new Date() })
        .where(eq(requests.id, requestId));
    await recordAudit(tx, {
      actor: staff,
      entityType: "request",
      entityId: requestId,
      action: input.kind === "update" ? "posted an update" : `marked ${status}`,
      before: { status: request.status },
      after: {
        status,
        update: input.body.slice(0, 500),
        postedAt: input.postedAt.toISOString(),
        ...(input.safetyConfirmed?.length
          ? { safetyFlagsConfirmed: [...input.safetyConfirmed] }
          : {}),
      },
    });
    return { ok: true, updateId: created!.id, status };
  });
}

/** Requests staff can carry into a bulletin: public and not archived, newest first. */
export async function listCarryableRequests(actor: Actor | null) {
  const allowed = permit(actor, { action: "bulletin.write" });
  if (!allowed.ok) return allowed;
  const db = await getDb();
  const items = await db
    .select({
      id: requests.id,
      title: requests.title,
      body: requests.body,
      kind: requests.kind,
      country: requests.country,
      region: regions.slug,
      regionName: regions.name,
      status: requests.status,
    })
    .from(requests)
    .innerJoin(regions, eq(regions.id, requests.regionId))
    .where(and(lte(requests.publishedAt, new Date()), ne(requests.status, "archived")))
    .orderBy(desc(requests.publishedAt), desc(requests.id))
    .limit(300);
  return { ok: true as const, items };
}

export interface ImportedBulletin {
  id: number;
  title: string;
  status: "draft" | "scheduled" | "published";
  publishAt: Date | null;
  createdAt: Date;
  /** How many of the pasted items it already holds, word for word. */
  shared: number;
}

/**
 * The bulletins that already hold at least half of these item texts (whitespace aside): a bulletin
 * pasted twice, found before it is saved twice. At most five, the closest first.
 */
export async function findImportedBulletins(
  actor: Actor | null,
  bodies: readonly string[],
): Promise<Result<{ matches: ImportedBulletin[] }>> {
  const allowed = permit(actor, { action: "bulletin.write" });
  if (!allowed.ok) return allowed;
  const wanted = [...new Set(bodies.map((b) => b.replace(/\s+/g, " ").trim()))].filter(Boolean);
  if (wanted.length === 0) return { ok: true, matches: [] };
  const db = await getDb();
  const shared = count(bulletinItems.requestId);
  const rows = await db
    .select({ ...staffBulletinColumns, shared })
    .from(bulletinItems)
    .innerJoin(requests, eq(requests.id, bulletinItems.requestId))
    .innerJoin(bulletins, eq(bulletins.id, bulletinItems.bulletinId))
    .where(inArray(requests.body, wanted))
    .groupBy(
      bulletins.id,
      bulletins.title,
      bulletins.status,
      bulletins.publishAt,
      bulletins.createdAt,
    )
    .orderBy(desc(shared), desc(bulletins.id))
    .limit(20);
  const matches = rows
    .map((row) => ({ ...row, shared: Number(row.shared) }))
    .filter((row) => row.shared * 2 >= wanted.length)
    .slice(0, 5);
  return { ok: true, matches };
}
