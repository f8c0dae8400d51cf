// PostgreSQL schema: the same tables, columns and JS shapes as schema.sqlite.ts (a test keeps them in step).
import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

const createdAt = () =>
  timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

// ---- people (Auth.js tables, with our role and password hash on the user) ----

export const users = pgTable("users", {
  id: text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").notNull().unique(),
  emailVerified: ts("email_verified"),
  image: text("image"),
  passwordHash: text("password_hash"),
  // E-mail when a followed request has an update (one-click unsubscribe turns it off).
  notifyFollows: boolean("notify_follows").notNull().default(true),
  role: text("role", { enum: ["member", "leader", "staff", "admin"] })
    .notNull()
    .default("member"),
  // Set by an admin: the person cannot sign in and every session of theirs ends.
  deactivatedAt: ts("deactivated_at"),
  lastSignInAt: ts("last_sign_in_at"),
  // The person's IANA time zone (set from the browser at sign-up): their "one prayer a day", "this
  // week" and the times staff schedule are read in it.
  timeZone: text("time_zone").notNull().default("UTC"),
  // The language the person reads Intercede in (en, es, fr, pt): their e-mails are written in it.
  locale: text("locale").notNull().default("en"),
  createdAt: createdAt(),
});

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_idx").on(t.userId),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: ts("expires").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: ts("expires").notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/**
 * One row per signed-in browser. The session cookie (a JWT) names its row; a cookie whose row is gone
 * is worthless, so signing out, a password change, a role change or deactivation ends it at once.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: ts("expires_at").notNull(),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);

// ---- content ----

export const regions = pgTable("regions", {
  id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  position: integer("position").notNull().default(0),
});

export const bulletins = pgTable(
  "bulletins",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    title: text("title").notNull(),
    verseText: text("verse_text").notNull(),
    verseReference: text("verse_reference").notNull(),
    notes: jsonb("notes")
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    status: text("status", { enum: ["draft", "scheduled", "published"] })
      .notNull()
      .default("draft"),
    publishAt: ts("publish_at"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: ts("updated_at"),
  },
  (t) => [index("bulletins_status_publish_idx").on(t.status, t.publishAt)],
);

export const requests = pgTable(
  "requests",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    regionId: integer("region_id")
      .notNull()
      .references(() => regions.id),
    country: text("country"),
    kind: text("kind", { enum: ["request", "praise"] }).notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    status: text("status", { enum: ["open", "answered", "archived"] })
      .notNull()
      .default("open"),
    firstBulletinId: integer("first_bulletin_id").references(() => bulletins.id, {
      onDelete: "set null",
    }),
    // When the request first became public (its first bulletin's publish time); null while only in drafts.
    publishedAt: ts("published_at"),
    // Counters kept in the same transaction as each prayer, so pages never count prayer rows.
    prayerCount: integer("prayer_count").notNull().default(0),
    prayerPeople: integer("prayer_people").notNull().default(0),
    // Rendered once when written, so no page renders Markdown: the sanitised HTML of the body, a
    // plain-text excerpt, and the text full-text search reads (title, body, country and region,
    // lower case, accents removed; lib/search-text.ts).
    bodyHtml: text("body_html").notNull().default(""),
    excerpt: text("excerpt").notNull().default(""),
    searchText: text("search_text").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: ts("updated_at"),
  },
  (t) => [
    // Each list index also holds the other filtered columns (and id, for the order), so counting a
    // list and skipping to a deep page read only the index (lib/data/requests.ts).
    index("requests_published_idx").on(t.publishedAt, t.id, t.status, t.regionId, t.kind),
    index("requests_region_published_idx").on(t.regionId, t.publishedAt, t.id, t.status, t.kind),
    index("requests_kind_published_idx").on(t.kind, t.publishedAt, t.id, t.status, t.regionId),
    index("requests_status_published_idx").on(t.status, t.publishedAt, t.id, t.regionId, t.kind),
    index("requests_first_bulletin_idx").on(t.firstBulletinId),
    // The same columns by id, for a search: its matches come from the full-text index as ids, and
    // checking each against the filters reads this small index, not the wide rows (SQLite's page
    // cache holds the index, not the table, so the rows would be read from the OS each time).
    index("requests_id_filters_idx").on(t.id, t.publishedAt, t.status, t.regionId, t.kind),
    // Rows written before the rendered columns existed, for db/backfill-rendered.ts: empty after
    // it has run, so the check on every start is one probe.
    index("requests_unrendered_idx")
      .on(t.id)
      .where(sql`search_text = ''`),
  ],
);

export const bulletinItems = pgTable(
  "bulletin_items",
  {
    bulletinId: integer("bulletin_id")
      .notNull()
      .references(() => bulletins.id, { onDelete: "cascade" }),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bulletinId, t.requestId] }),
    index("bulletin_items_request_idx").on(t.requestId),
  ],
);

export const updates = pgTable(
  "updates",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["update", "answered", "reopened"] })
      .notNull()
      .default("update"),
    body: text("body").notNull(),
    // The body rendered once when written (sanitised HTML).
    bodyHtml: text("body_html").notNull().default(""),
    postedAt: ts("posted_at").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("updates_request_posted_idx").on(t.requestId, t.postedAt),
    index("updates_posted_idx").on(t.postedAt),
    index("updates_unrendered_idx")
      .on(t.id)
      .where(sql`body_html = '' AND body <> ''`),
  ],
);

export const prayers = pgTable(
  "prayers",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    userId: text("user_id")
      // Null once the person deleted their account: the prayer still counts, linked to no one.
      .references(() => users.id, { onDelete: "set null" }),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    // Calendar day in the organisation's time zone (YYYY-MM-DD): one prayer per person, request and day.
    day: text("day").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("prayers_user_request_day_uq").on(t.userId, t.requestId, t.day),
    index("prayers_request_day_idx").on(t.requestId, t.day),
    index("prayers_user_created_idx").on(t.userId, t.createdAt),
  ],
);

/** A person's mark on a request (a follow, a pin): one row per person and request while it is on. */
function personRequestTable<Name extends string>(name: Name) {
  return pgTable(
    name,
    {
      userId: text("user_id")
        .notNull()
        .references(() => users.id, { onDelete: "cascade" }),
      requestId: integer("request_id")
        .notNull()
        .references(() => requests.id, { onDelete: "cascade" }),
      createdAt: createdAt(),
    },
    (t) => [
      primaryKey({ columns: [t.userId, t.requestId] }),
      index(`${name}_request_idx`).on(t.requestId),
    ],
  );
}

export const follows = personRequestTable("follows");

// "My list": the requests a person pinned to pray through on /pray/mine (their own; no one else sees it).
export const pins = personRequestTable("pins");

// ---- prayer meetings (/pray/present): one screen leads, every phone that joined follows ----

export const meetings = pgTable(
  "meetings",
  {
    // The code in the join link (random; nothing to guess from).
    id: text("id").primaryKey(),
    presenterId: text("presenter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // The requests, in the order they are prayed through (comma-separated ids), fixed at the start.
    requestIds: text("request_ids").notNull(),
    // -1: the verse; 0..n-1: the requests; n: the end.
    step: integer("step").notNull().default(-1),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [index("meetings_presenter_idx").on(t.presenterId)],
);

// Who has a meeting open, to count them ("N praying now"): a key each open screen makes up, never a
// person. Rows not seen for a minute are dropped.
export const meetingPresence = pgTable(
  "meeting_presence",
  {
    meetingId: text("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    viewer: text("viewer").notNull(),
    seenAt: ts("seen_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.viewer] }),
    index("meeting_presence_seen_idx").on(t.meetingId, t.seenAt),
  ],
);

// ---- churches and Freedom Sunday ----

export const churches = pgTable(
  "churches",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    name: text("name").notNull(),
    city: text("city").notNull(),
    country: text("country").notNull(),
    // The church's IANA time zone: its services, checklist dates and calendar file follow it.
    timeZone: text("time_zone").notNull().default("UTC"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("churches_country_idx").on(t.country)],
);

export const churchMembers = pgTable(
  "church_members",
  {
    churchId: integer("church_id")
      .notNull()
      .references(() => churches.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["leader", "member"] })
      .notNull()
      .default("member"),
    joinedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.churchId, t.userId] }),
    index("church_members_user_idx").on(t.userId),
  ],
);

export const churchInvites = pgTable(
  "church_invites",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    churchId: integer("church_id")
      .notNull()
      .references(() => churches.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: ts("expires_at").notNull(),
    revokedAt: ts("revoked_at"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("church_invites_church_idx").on(t.churchId)],
);

export const freedomSundayEvents = pgTable(
  "freedom_sunday_events",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    churchId: integer("church_id")
      .notNull()
      .references(() => churches.id, { onDelete: "cascade" }),
    // The Sunday of the service (YYYY-MM-DD) in the church's calendar.
    date: text("date").notNull(),
    serviceTimes: text("service_times").notNull().default(""),
    timeZone: text("time_zone").notNull().default("UTC"),
    expectedAttendance: integer("expected_attendance"),
    isPublic: boolean("is_public").notNull().default(true),
    status: text("status", { enum: ["planning", "confirmed", "held"] })
      .notNull()
      .default("planning"),
    notes: text("notes").notNull().default(""),
    reportAttendance: integer("report_attendance"),
    reportCommitments: text("report_commitments"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("events_church_date_uq").on(t.churchId, t.date),
    index("events_date_idx").on(t.date),
  ],
);

export const eventTasks = pgTable(
  "event_tasks",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    eventId: integer("event_id")
      .notNull()
      .references(() => freedomSundayEvents.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    dueDate: text("due_date"),
    assigneeId: text("assignee_id").references(() => users.id, { onDelete: "set null" }),
    done: boolean("done").notNull().default(false),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index("event_tasks_event_idx").on(t.eventId),
    index("event_tasks_assignee_idx").on(t.assigneeId),
  ],
);

export const eventFeaturedRequests = pgTable(
  "event_featured_requests",
  {
    eventId: integer("event_id")
      .notNull()
      .references(() => freedomSundayEvents.id, { onDelete: "cascade" }),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.requestId] }),
    index("event_featured_request_idx").on(t.requestId),
  ],
);

// ---- account recovery and mail ----

export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Only a SHA-256 of the token is kept: the link in the e-mail is the one copy of the secret.
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: ts("expires_at").notNull(),
    usedAt: ts("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("password_reset_user_idx").on(t.userId)],
);

/** A pending change of e-mail address: applied only when the link sent to the new address is opened. */
export const emailChangeTokens = pgTable(
  "email_change_tokens",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    newEmail: text("new_email").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: ts("expires_at").notNull(),
    usedAt: ts("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("email_change_user_idx").on(t.userId)],
);

export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    headers: jsonb("headers")
      .$type<Record<string, string>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    // outbox: kept here for development and tests (no SMTP); pending/sent/failed: going through SMTP.
    status: text("status", { enum: ["outbox", "pending", "sent", "failed"] })
      .notNull()
      .default("outbox"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    // Makes a message idempotent: the same key is never queued twice.
    dedupeKey: text("dedupe_key").unique(),
    createdAt: createdAt(),
    sentAt: ts("sent_at"),
  },
  (t) => [
    index("mail_outbox_status_idx").on(t.status, t.createdAt),
    index("mail_outbox_to_idx").on(t.to),
  ],
);

// ---- audit ----

/** Every staff change: who, what, when, and the record before and after. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    entityType: text("entity_type", {
      enum: ["bulletin", "request", "update", "church", "event"],
    }).notNull(),
    entityId: integer("entity_id").notNull(),
    action: text("action").notNull(),
    before: jsonb("before").$type<Record<string, unknown> | null>(),
    after: jsonb("after").$type<Record<string, unknown> | null>(),
    createdAt: createdAt(),
  },
  (t) => [index("audit_entity_idx").on(t.entityType, t.entityId, t.createdAt)],
);

// ---- e-mail digests ----

/** The regions a person wants in their weekly digest; none means no digest. */
export const digestRegions = pgTable(
  "digest_regions",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    regionId: integer("region_id")
      .notNull()
      .references(() => regions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.regionId] })],
);

/** One row per person and week a digest went out: running the digest twice sends nothing new. */
export const digestSends = pgTable(
  "digest_sends",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    week: text("week").notNull(),
    bulletinId: integer("bulletin_id").references(() => bulletins.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.week] })],
);

// ---- prayer reminders (/me): a member's days and time, the devices they get them on ----

/** A member's prayer reminder: which weekdays, at what time on their own clock, and how. */
export const reminderSettings = pgTable("reminder_settings", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  // Weekdays as bits: 1 << 0 = Sunday … 1 << 6 = Saturday (as Date#getUTCDay counts).
  days: integer("days").notNull(),
  // "HH:MM", 24-hour, in the member's time zone (users.time_zone).
  time: text("time").notNull(),
  byPush: boolean("by_push").notNull().default(false),
  byEmail: boolean("by_email").notNull().default(false),
  updatedAt: ts("updated_at").notNull(),
});

/** A browser's Web Push subscription (PushSubscription#toJSON()): where to send, and its keys. */
export const pushSubscriptions = pgTable(
  "push_subscriptions",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    endpoint: text("endpoint").notNull().unique(),
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("push_subscriptions_user_idx").on(t.userId)],
);

/**
 * One row per member and day of theirs a reminder was claimed: the insert is the claim, so any
 * number of workers checking at once send each member's reminder once.
 */
export const reminderSends = pgTable(
  "reminder_sends",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // The member's local date (YYYY-MM-DD) the reminder is for.
    day: text("day").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.day] }),
    index("reminder_sends_created_idx").on(t.createdAt),
  ],
);

/** The pushes of a claimed reminder that a push service accepted: a retry sends the rest only. */
export const reminderPushes = pgTable(
  "reminder_pushes",
  {
    userId: text("user_id").notNull(),
    day: text("day").notNull(),
    subscriptionId: integer("subscription_id")
      .notNull()
      .references(() => pushSubscriptions.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day, t.subscriptionId] })],
);

// ---- translations: staff's versions of public text in another language (i18n/locales.ts) ----
// A page in that language shows the translation where there is one, else the original with a
// notice. Prayers, follows and counts stay on the original rows.

export const bulletinTranslations = pgTable(
  "bulletin_translations",
  {
    bulletinId: integer("bulletin_id")
      .notNull()
      .references(() => bulletins.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    verseText: text("verse_text").notNull(),
    verseReference: text("verse_reference").notNull(),
    notes: jsonb("notes")
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.bulletinId, t.locale] })],
);

export const requestTranslations = pgTable(
  "request_translations",
  {
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    bodyHtml: text("body_html").notNull(),
    excerpt: text("excerpt").notNull(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.locale] })],
);

export const updateTranslations = pgTable(
  "update_translations",
  {
    updateId: integer("update_id")
      .notNull()
      .references(() => updates.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    body: text("body").notNull(),
    bodyHtml: text("body_html").notNull(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.updateId, t.locale] })],
);
