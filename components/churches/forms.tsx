"use client";
// The Freedom Sunday forms: create a church, invite people, join, register a Sunday, edit the plan,
// the checklist, featured requests and the report. Uncontrolled fields, read on submit.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import type { Locale } from "@/i18n/locales";
import { useId, useState } from "react";
import {
  Field,
  FormAlert,
  SelectField,
  SubmitButton,
  TextAreaField,
  useHydrated,
} from "@/components/ui/field";
import { SafetyConfirm } from "@/components/ui/safety-confirm";
import { useAction } from "@/components/ui/use-action";
import { formValues } from "@/lib/form-data";
import { DEFAULT_TASK_KEYS, dueLabel } from "@/lib/freedom-sunday";
import { TimeZoneSelect } from "@/components/time-zone";
import { InviteShare } from "@/components/share/invite-share";

const box = "space-y-3 rounded-xl border border-line bg-card p-4 sm:p-5";
const small = "rounded-lg border border-line px-3 py-1.5 text-sm font-semibold disabled:opacity-50";

export function CreateChurchForm({ zones }: { zones: readonly string[] }) {
  const t = useTranslations("churches");
  const router = useRouter();
  const create = useAction<{ churchId: number }>("/api/churches", "POST", {
    onDone: (r) => router.push(`/churches/${r.churchId}`),
  });
  return (
    <form
      className={box}
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(formValues(e.currentTarget));
      }}
    >
      <Field
        label={t("create.name")}
        name="name"
        required
        maxLength={120}
        error={create.fieldErrors.name}
      />
      <Field
        label={t("create.city")}
        name="city"
        required
        maxLength={80}
        error={create.fieldErrors.city}
      />
      <Field
        label={t("create.country")}
        name="country"
        required
        maxLength={80}
        error={create.fieldErrors.country}
      />
      <TimeZoneSelect
        zones={zones}
        hint={t("create.zoneHint")}
        error={create.fieldErrors.timeZone}
      />
      <SafetyConfirm safety={create.safety} />
      <FormAlert message={create.message} />
      <SubmitButton pending={create.isPending} disabled={create.safety.blocking}>
        {t("create.submit")}
      </SubmitButton>
    </form>
  );
}

export function InviteManager({
  churchId,
  churchName,
  invites,
  origin,
}: {
  churchId: number;
  churchName: string;
  invites: InviteRowData[];
  origin: string;
}) {
  const t = useTranslations("churches");
  const [link, setLink] = useState<string | null>(null);
  const create = useAction<{ token: string }>(`/api/churches/${churchId}/invites`, "POST", {
    onDone: (r) => setLink(`${origin}/join/${r.token}`),
  });
  return (
    <div className={box}>
      <p className="text-sm text-muted">{t("invites.intro")}</p>
      <button
        type="button"
        className={small}
        onClick={() => create.mutate({})}
        disabled={create.isPending}
      >
        {t("invites.create")}
      </button>
      {link ? <InviteShare link={link} churchName={churchName} /> : null}
      <FormAlert message={create.error?.message} />
      {invites.length > 0 ? (
        <ul className="divide-y divide-line text-sm">
          {invites.map((invite) => (
            <InviteRow key={invite.id} churchId={churchId} invite={invite} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export interface InviteRowData {
  id: number;
  /** Decided on the server, at render time. */
  state: "valid" | "expired" | "revoked";
  expiresOn: string;
}

function InviteRow({ churchId, invite }: { churchId: number; invite: InviteRowData }) {
  const t = useTranslations("churches");
  const revoke = useAction(`/api/churches/${churchId}/invites/${invite.id}/revoke`, "POST");
  const state =
    invite.state === "valid"
      ? t("invites.valid", { date: invite.expiresOn })
      : t(`invites.${invite.state}`);
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2">
      <span>{t("invites.row", { id: String(invite.id), state })}</span>
      {invite.state === "valid" ? (
        <button
          type="button"
          className={small}
          onClick={() => revoke.mutate({})}
          disabled={revoke.isPending}
        >
          {t("invites.revoke", { id: String(invite.id) })}
        </button>
      ) : null}
    </li>
  );
}

export function JoinChurchButton({ token, churchName }: { token: string; churchName: string }) {
  const t = useTranslations("churches");
  const router = useRouter();
  const join = useAction<{ churchId: number }>("/api/invites/join", "POST", {
    onDone: (r) => router.push(`/churches/${r.churchId}?joined=1`),
  });
  return (
    <div className="space-y-3">
      <FormAlert message={join.error?.message} />
      <button
        type="button"
        onClick={() => join.mutate({ token })}
        disabled={join.isPending}
        className="rounded-lg bg-accent px-4 py-2.5 font-semibold text-accent-ink"
      >
        {t("invites.join", { name: churchName })}
      </button>
    </div>
  );
}

export function RegisterEventForm({
  churchId,
  nextSunday,
}: {
  churchId: number;
  nextSunday: string;
}) {
  const t = useTranslations("churches");
  const router = useRouter();
  const register = useAction<{ eventId: number }>(`/api/churches/${churchId}/events`, "POST", {
    onDone: (r) => router.push(`/freedom-sunday/${r.eventId}`),
  });
  return (
    <form
      noValidate
      className={box}
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        register.mutate({
          date: v.date,
          serviceTimes: v.serviceTimes ?? "",
          expectedAttendance: v.expectedAttendance ? Number(v.expectedAttendance) : null,
          isPublic: v.isPublic === "on",
          notes: v.notes ?? "",
        });
      }}
    >
      <Field
        label={t("event.date")}
        name="date"
        type="date"
        required
        min={nextSunday}
        defaultValue={nextSunday}
        hint={t("event.dateHint")}
        error={register.fieldErrors.date}
      />
      <Field
        label={t("event.serviceTimes")}
        name="serviceTimes"
        maxLength={200}
        hint={t("event.serviceTimesHint")}
        error={register.fieldErrors.serviceTimes}
      />
      <Field
        label={t("event.expectedAttendance")}
        name="expectedAttendance"
        type="number"
        min={0}
        max={100000}
        inputMode="numeric"
        error={register.fieldErrors.expectedAttendance}
      />
      <TextAreaField
        label={t("event.notes")}
        name="notes"
        rows={3}
        maxLength={5000}
        error={register.fieldErrors.notes}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="isPublic" defaultChecked /> {t("event.publicOurs")}
      </label>
      <SafetyConfirm safety={register.safety} />
      <FormAlert message={register.message} />
      <SubmitButton pending={register.isPending} disabled={register.safety.blocking}>
        {t("event.register")}
      </SubmitButton>
    </form>
  );
}

export function EventDetailsForm({
  eventId,
  event,
}: {
  eventId: number;
  event: {
    serviceTimes: string;
    expectedAttendance: number | null;
    isPublic: boolean;
    notes: string;
    status: "planning" | "confirmed" | "held";
  };
}) {
  const t = useTranslations("churches");
  const save = useAction(`/api/events/${eventId}`, "PATCH");
  const id = useId();
  return (
    <form
      className={box}
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        save.mutate({
          serviceTimes: v.serviceTimes ?? "",
          expectedAttendance: v.expectedAttendance ? Number(v.expectedAttendance) : null,
          isPublic: v.isPublic === "on",
          notes: v.notes ?? "",
          status: v.status,
        });
      }}
    >
      <h3 id={`${id}-h`} className="font-semibold">
        {t("event.editHeading")}
      </h3>
      <Field
        label={t("event.serviceTimes")}
        name="serviceTimes"
        maxLength={200}
        defaultValue={event.serviceTimes}
      />
      <Field
        label={t("event.expectedAttendance")}
        name="expectedAttendance"
        type="number"
        min={0}
        max={100000}
        defaultValue={event.expectedAttendance ?? ""}
        error={save.fieldErrors.expectedAttendance}
      />
      <TextAreaField
        label={t("event.notes")}
        name="notes"
        rows={3}
        maxLength={5000}
        defaultValue={event.notes}
        error={save.fieldErrors.notes}
      />
      <SelectField
        label={t("event.status")}
        name="status"
        defaultValue={event.status}
        error={save.fieldErrors.status}
        options={[
          { value: "planning", label: t("status.planning") },
          { value: "confirmed", label: t("status.confirmed") },
          { value: "held", label: t("status.held") },
        ]}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="isPublic" defaultChecked={event.isPublic} />{" "}
        {t("event.public")}
      </label>
      <SafetyConfirm safety={save.safety} />
      <FormAlert message={save.message} />
      {save.isSuccess ? <FormAlert tone="success" message={t("event.saved")} /> : null}
      <SubmitButton pending={save.isPending} disabled={save.safety.blocking}>
        {t("event.save")}
      </SubmitButton>
    </form>
  );
}

export interface TaskRow {
  id: number;
  title: string;
  dueDate: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  done: boolean;
}

export function Checklist({
  eventId,
  tasks,
  team,
  canManage,
  myId,
  today,
}: {
  eventId: number;
  tasks: TaskRow[];
  team: { userId: string; name: string | null }[];
  canManage: boolean;
  myId: string;
  /** The church's today (YYYY-MM-DD), for "this week" and "overdue". */
  today: string;
}) {
  const t = useTranslations("churches");
  const add = useAction(`/api/events/${eventId}/tasks`, "POST");
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-line rounded-xl border border-line bg-card">
        {tasks.map((task) => (
          <TaskItem
            key={`${task.id}-${task.done}`}
            task={task}
            team={team}
            canManage={canManage}
            mine={task.assigneeId === myId}
            today={today}
          />
        ))}
      </ul>
      {canManage ? (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const v = formValues(form);
            add.mutate(
              { title: v.title, dueDate: v.dueDate || null, assigneeId: v.assigneeId || null },
              { onSuccess: () => form.reset() },
            );
          }}
        >
          <div className="min-w-48 flex-1">
            <Field label={t("checklist.newTask")} name="title" required maxLength={200} />
          </div>
          <Field label={t("checklist.due")} name="dueDate" type="date" />
          <SelectField
            label={t("checklist.assignTo")}
            name="assigneeId"
            defaultValue=""
            options={[
              { value: "", label: t("checklist.nobody") },
              ...team.map((m) => ({ value: m.userId, label: m.name ?? t("aMember") })),
            ]}
          />
          <button type="submit" className={small} disabled={add.isPending}>
            {t("checklist.add")}
          </button>
          <FormAlert message={add.error?.message} />
        </form>
      ) : null}
    </div>
  );
}

function TaskItem({
  task,
  team,
  canManage,
  mine,
  today,
}: {
  task: TaskRow;
  team: { userId: string; name: string | null }[];
  canManage: boolean;
  mine: boolean;
  today: string;
}) {
  // The box follows the click at once; a refusal puts it back (the parent keys this row by the
  // server's value, so a refresh starts it afresh).
  const t = useTranslations("churches");
  const locale = useLocale() as Locale;
  const [done, setDone] = useState(task.done);
  const due = dueLabel(task.dueDate, today, done, {
    locale,
    words: (key, values) => t(`checklist.dueLabel.${key}`, values),
  });
  const tick = useAction(`/api/tasks/${task.id}/done`, "PUT");
  const assign = useAction(`/api/tasks/${task.id}`, "PATCH");
  const hydrated = useHydrated();
  const id = useId();
  const canTick = canManage || mine;
  // A task from the template reads in the page's language; any other title as it was written.
  const templateKey = DEFAULT_TASK_KEYS[task.title];
  const title = templateKey ? t(`checklist.tasks.${templateKey}`) : task.title;
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
      <div className="flex items-start gap-3">
        <input
          id={`${id}-done`}
          type="checkbox"
          className="mt-0.5 size-5 shrink-0 accent-accent"
          checked={done}
          disabled={!canTick || !hydrated || tick.isPending}
          onChange={(e) => {
            const next = e.target.checked;
            setDone(next);
            tick.mutate({ done: next }, { onError: () => setDone(!next) });
          }}
        />
        <div>
          <label
            htmlFor={`${id}-done`}
            className={done ? "text-muted line-through" : "font-semibold"}
          >
            {title}
          </label>
          <p className="text-sm text-muted">
            <span className={due.overdue ? "font-semibold text-red-700 dark:text-red-300" : ""}>
              {due.text}
            </span>
            {task.assigneeName ? ` · ${task.assigneeName}` : ""}
          </p>
          {tick.error ? (
            <p className="text-sm text-red-700 dark:text-red-300">{tick.error.message}</p>
          ) : null}
        </div>
      </div>
      {canManage ? (
        <div>
          <label htmlFor={`${id}-assign`} className="sr-only">
            {t("checklist.assign", { title })}
          </label>
          <select
            id={`${id}-assign`}
            className="h-10 w-48 max-w-full rounded-lg border border-line bg-card px-2 text-sm"
            value={task.assigneeId ?? ""}
            onChange={(e) => assign.mutate({ assigneeId: e.target.value || null })}
          >
            <option value="">{t("checklist.nobody")}</option>
            {team.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name ?? t("aMember")}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </li>
  );
}

export function FeaturedPicker({
  eventId,
  options,
  chosen,
}: {
  eventId: number;
  options: { id: number; title: string; regionName: string }[];
  chosen: number[];
}) {
  const t = useTranslations("churches");
  const save = useAction(`/api/events/${eventId}/featured`, "PUT");
  const id = useId();
  return (
    <form
      className={box}
      onSubmit={(e) => {
        e.preventDefault();
        const ids = new FormData(e.currentTarget).getAll("requestId").map(Number);
        save.mutate({ requestIds: ids });
      }}
    >
      <fieldset>
        <legend id={`${id}-legend`} className="font-semibold">
          {t("featured.legend")}
        </legend>
        <div
          className="mt-2 max-h-80 space-y-1 overflow-y-auto"
          role="group"
          aria-labelledby={`${id}-legend`}
          tabIndex={0}
        >
          {options.map((option) => (
            <label key={option.id} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="requestId"
                value={option.id}
                defaultChecked={chosen.includes(option.id)}
                className="mt-1"
              />
              <span>
                {option.title} <span className="text-muted">({option.regionName})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormAlert message={save.error?.message} />
      {save.isSuccess ? <FormAlert tone="success" message={t("featured.saved")} /> : null}
      <SubmitButton pending={save.isPending}>{t("featured.save")}</SubmitButton>
    </form>
  );
}

export function ReportForm({ eventId }: { eventId: number }) {
  const t = useTranslations("churches");
  const report = useAction(`/api/events/${eventId}/report`, "POST");
  return (
    <form
      className={box}
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        report.mutate({ attendance: Number(v.attendance), commitments: v.commitments ?? "" });
      }}
    >
      <Field
        label={t("report.attendance")}
        name="attendance"
        type="number"
        min={0}
        max={100000}
        required
        error={report.fieldErrors.attendance}
      />
      <Field
        label={t("report.commitments")}
        name="commitments"
        maxLength={5000}
        hint={t("report.commitmentsHint")}
        error={report.fieldErrors.commitments}
      />
      <FormAlert message={report.error?.message} />
      <SubmitButton pending={report.isPending}>{t("report.send")}</SubmitButton>
    </form>
  );
}
