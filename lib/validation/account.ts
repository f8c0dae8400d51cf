// Account forms: one set of rules for the browser form, the route handler and the data layer.
import { z } from "@/lib/validation/zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { ROLES } from "@/lib/permissions";
import { locales } from "@/i18n/locales";
import { timeZoneField } from "./time-zone";

export const emailField = z
  .string("Enter your email address")
  .trim()
  .max(254, "That email address is too long")
  .pipe(z.email("Enter a valid email address, like name@example.org"))
  .transform((email) => email.toLowerCase());

export const passwordField = z
  .string("Enter a password")
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters`);

export const nameField = z
  .string("Enter your name")
  .trim()
  .min(1, "Enter your name")
  .max(100, "Use at most 100 characters for your name");

export const signUpSchema = z.object({
  name: nameField,
  email: emailField,
  password: passwordField,
  /** Set from the browser by the form (changed later in account settings); none: UTC. */
  timeZone: timeZoneField.default("UTC"),
  /** The language of the page the person signed up on (their e-mails follow it); none: English. */
  locale: z.enum(locales, "Choose one of the languages offered").optional(),
});
export const signInSchema = z.object({
  email: emailField,
  // Sign-in does not reveal the password rules; it only bounds the size.
  password: z
    .string("Enter your password")
    .min(1, "Enter your password")
    .max(MAX_PASSWORD_LENGTH, "Wrong email or password"),
});
export const forgotPasswordSchema = z.object({ email: emailField });
export const resetPasswordSchema = z.object({
  token: z
    .string()
    .min(20, "This reset link is not valid")
    .max(200, "This reset link is not valid"),
  password: passwordField,
});
export const roleSchema = z.enum(ROLES, "Role must be member, leader, staff or admin");
/** An admin changes a person's role, or deactivates / reactivates their account (one at a time). */
export const adminUserSchema = z
  .object({
    role: roleSchema.optional(),
    active: z.boolean("Active must be true or false").optional(),
  })
  .refine((v) => (v.role === undefined) !== (v.active === undefined), {
    message: "Change either the role or whether the account is active",
  });
export const changeRoleSchema = z.object({ role: roleSchema });

/** The password the person types again before a change that matters (e-mail, password, deletion). */
const currentPasswordField = z
  .string("Enter your current password")
  .min(1, "Enter your current password")
  .max(MAX_PASSWORD_LENGTH, "That is not your current password");

export const renameSchema = z.object({ name: nameField });
export const emailChangeSchema = z.object({ email: emailField, password: currentPasswordField });
export const confirmEmailChangeSchema = z.object({
  token: z.string().min(20, "This link is not valid").max(200, "This link is not valid"),
});
export const passwordChangeSchema = z.object({
  currentPassword: currentPasswordField,
  newPassword: passwordField,
});
export const deleteAccountSchema = z.object({
  password: currentPasswordField,
  confirm: z.literal("DELETE", "Type DELETE to confirm"),
});

export type SignUpInput = z.output<typeof signUpSchema>;

/** The first message for each field, for showing next to the inputs. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    out[key] ??= issue.message;
  }
  return out;
}
