// The tables of whichever dialect this process talks to, under one type (the SQLite one, same JS shapes).
import * as pgSchema from "./schema.pg";
import * as sqliteSchema from "./schema.sqlite";
import { dialectOf } from "./url";

export type Schema = typeof sqliteSchema;

// Both schemas declare the same tables with the same JS shapes (db/schema.test.ts checks it), so
// queries written once against these tables build the right SQL for either dialect.
export const schema: Schema =
  dialectOf(process.env.DATABASE_URL) === "sqlite" ? sqliteSchema : (pgSchema as unknown as Schema);

export const {
  users,
  accounts,
  sessions,
  userSessions,
  verificationTokens,
  regions,
  bulletins,
  requests,
  bulletinItems,
  updates,
  prayers,
  follows,
  pins,
  meetings,
  meetingPresence,
  churches,
  churchMembers,
  churchInvites,
  freedomSundayEvents,
  eventTasks,
  eventFeaturedRequests,
  passwordResetTokens,
  emailChangeTokens,
  mailOutbox,
  auditLog,
  digestRegions,
  digestSends,
  reminderSettings,
  pushSubscriptions,
  reminderSends,
  reminderPushes,
  bulletinTranslations,
  requestTranslations,
  updateTranslations,
} = schema;

export type User = typeof users.$inferSelect;
export type Region = typeof regions.$inferSelect;
export type Bulletin = typeof bulletins.$inferSelect;
export type PrayerRequest = typeof requests.$inferSelect;
export type Update = typeof updates.$inferSelect;
export type Role = User["role"];
