// Environment variables, parsed once at start with a clear message for each missing or malformed one.
import { z } from "zod";
import { parseWeeklySchedule, WEEKLY_SCHEDULE_HINT } from "./jobs/schedule";

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, "APP_TIME_ZONE must be an IANA time zone such as Europe/London");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(
        /^(postgres(ql)?:\/\/|file:|pglite:)/,
        "DATABASE_URL must start with postgres://, postgresql:// or file:",
      )
      .optional(),
    AUTH_SECRET: z
      .string()
      .min(32, "AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)")
      .optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "SMTP_URL must look like smtp://user:pass@host:587")
      .optional(),
    MAIL_FROM: z.string().default("Intercede <prayer@intercede.local>"),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, "REDIS_URL must look like redis://host:6379")
      .optional(),
    APP_TIME_ZONE: timeZone.default("UTC"),
    APP_URL: z.url("APP_URL must be a full URL such as https://pray.example.org").optional(),
    // How many proxies in front of the app append to X-Forwarded-For (0: the socket's address).
    TRUSTED_PROXIES: z.coerce
      .number("TRUSTED_PROXIES must be a whole number of proxy hops from 0 to 10")
      .int("TRUSTED_PROXIES must be a whole number of proxy hops from 0 to 10")
      .min(0, "TRUSTED_PROXIES must be a whole number of proxy hops from 0 to 10")
      .max(10, "TRUSTED_PROXIES must be a whole number of proxy hops from 0 to 10")
      .default(0),
    // The job worker (lib/jobs): "on" runs one inside `npm start` / `npm run dev`; "off" leaves the
    // jobs to `npm run worker` processes.
    WORKER: z.enum(["on", "off"], 'WORKER must be "on" (default) or "off"').default("on"),
    WORKER_CONCURRENCY: z.coerce
      .number("WORKER_CONCURRENCY must be a whole number of jobs from 1 to 50")
      .int("WORKER_CONCURRENCY must be a whole number of jobs from 1 to 50")
      .min(1, "WORKER_CONCURRENCY must be a whole number of jobs from 1 to 50")
      .max(50, "WORKER_CONCURRENCY must be a whole number of jobs from 1 to 50")
      .default(3),
    // Caps how long a worker holds a job before another may take it over (each job has its own
    // limit, e.g. 180 s for one e-mail); a lower cap makes a killed worker's jobs come back sooner.
    JOB_TIMEOUT_SECONDS: z.coerce
      .number("JOB_TIMEOUT_SECONDS must be a whole number of seconds from 1 to 3600")
      .int("JOB_TIMEOUT_SECONDS must be a whole number of seconds from 1 to 3600")
      .min(1, "JOB_TIMEOUT_SECONDS must be a whole number of seconds from 1 to 3600")
      .max(3600, "JOB_TIMEOUT_SECONDS must be a whole number of seconds from 1 to 3600")
      .optional(),
    DIGEST_SCHEDULE: z
      .string()
      .refine(
        (text) => text.trim().toLowerCase() === "off" || parseWeeklySchedule(text, "UTC") !== null,
        `DIGEST_SCHEDULE must be ${WEEKLY_SCHEDULE_HINT}`,
      )
      .default("MON 07:00"),
    LOG_LEVEL: z
      .enum(
        ["fatal", "error", "warn", "info", "debug", "trace", "silent"],
        "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
      )
      .default("info"),
    // Web Push (prayer reminders): the VAPID key pair (`npx web-push generate-vapid-keys`) and who
    // push services may contact about it. Without keys, reminders go by e-mail only.
    VAPID_PUBLIC_KEY: z
      .string()
      .regex(
        /^[A-Za-z0-9_-]{87}$/,
        "VAPID_PUBLIC_KEY must be an uncompressed P-256 public key in base64url (87 characters; npx web-push generate-vapid-keys)",
      )
      .optional(),
    VAPID_PRIVATE_KEY: z
      .string()
      .regex(
        /^[A-Za-z0-9_-]{43}$/,
        "VAPID_PRIVATE_KEY must be a P-256 private key in base64url (43 characters; npx web-push generate-vapid-keys)",
      )
      .optional(),
    VAPID_SUBJECT: z
      .string()
      .regex(
        /^(mailto:\S+@\S+|https:\/\/\S+)$/,
        "VAPID_SUBJECT must be a mailto: address or an https:// URL where push services can reach you",
      )
      .optional(),
    // Bearer token for /api/metrics (Prometheus); unset: /api/metrics answers 404.
    METRICS_TOKEN: z
      .string()
      .min(16, "METRICS_TOKEN must be at least 16 characters (try: openssl rand -hex 24)")
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (
      env.NODE_ENV === "production" &&
      !env.AUTH_SECRET &&
      process.env.NEXT_PHASE !== "phase-production-build"
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message:
          "AUTH_SECRET is required in production (generate one with: openssl rand -base64 32)",
      });
    }
    if (Boolean(env.VAPID_PUBLIC_KEY) !== Boolean(env.VAPID_PRIVATE_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: [env.VAPID_PUBLIC_KEY ? "VAPID_PRIVATE_KEY" : "VAPID_PUBLIC_KEY"],
        message:
          "VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together: set both (npx web-push generate-vapid-keys) or neither",
      });
    }
  });

export type Env = z.output<typeof schema>;

function emptyToUndefined(source: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
}

let parsed: Env | undefined;

/** The parsed environment; throws one error that lists every problem. */
export function env(): Env {
  if (parsed) return parsed;
  const result = schema.safeParse(emptyToUndefined(process.env));
  if (!result.success) {
    const problems = result.error.issues
      .map((i) => `  - ${i.path.join(".") || "env"}: ${i.message}`)
      .join("\n");
    throw new Error(`Intercede cannot start; fix these environment variables:\n${problems}`);
  }
  parsed = result.data;
  return parsed;
}
