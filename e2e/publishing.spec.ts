// Staff publishing in the browser. These tests change what the home page shows, so they run in a
// project of their own after the phone and desktop suites (see playwright.config.ts).
import { readFileSync } from "node:fs";
import { checkAccessibility, expect, test } from "./fixtures";

const seed = readFileSync("seed/ijm-prayer-request.txt", "utf8");

/** A datetime-local value (UTC, the e2e server's APP_TIME_ZONE) `seconds` from now. */
function inSeconds(seconds: number) {
  return new Date(Date.now() + seconds * 1000).toISOString().slice(0, 19);
}

test("staff import the seed text, fix a warning, schedule it, and it appears on / at its time", async ({
  asRole,
  page,
}) => {
  test.setTimeout(120_000);
  const title = `Freedom Bulletin ${Date.now()}`;
  const text = `${seed.replace("IJM Prayer Request", title)}\n\nNordic Outreach\n\nPray for the teams training church volunteers to care for survivors.\n`;
  const staff = await asRole("staff");
  await staff.goto("/staff");
  await staff.getByRole("link", { name: "Import a bulletin" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Import a bulletin" })).toBeVisible();
  await staff.getByLabel("Bulletin text").fill(text);
  await staff.getByRole("button", { name: "Read the bulletin" }).click();
  const warnings = staff.getByRole("status").filter({ hasText: "Warnings" });
  await expect(warnings).toContainText("Nordic Outreach");
  await checkAccessibility(staff);

  // The unknown heading became an unknown region: choose a real one.
  const lastRegion = staff.getByLabel(/^Item 6 region$/);
  await expect(lastRegion).toHaveValue("nordic-outreach");
  await lastRegion.selectOption({ label: "Southeast Asia" });
  await staff.getByRole("button", { name: "Save as draft" }).click();
  await expect(staff).toHaveURL(/\/staff\/bulletins\/\d+/);
  await expect(staff.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const bulletinUrl = staff.url();
  await checkAccessibility(staff);

  await staff.getByRole("link", { name: "Preview as the public will see it" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(staff.getByText("Psalm 72:4")).toBeVisible();
  await staff.goto(bulletinUrl);

  await staff.getByLabel("Publish at").fill(inSeconds(20));
  await staff.getByRole("button", { name: "Schedule" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Scheduled" })).toBeVisible();

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(title);
  await expect
    .poll(
      async () => {
        await page.goto("/");
        return page.getByRole("heading", { level: 1 }).innerText();
      },
      { timeout: 75_000, intervals: [2_000] },
    )
    .toBe(title);
  await expect(page.getByRole("heading", { level: 2, name: "Southeast Asia" })).toBeVisible();
});

test("staff post an update and mark a request answered; a member sees the badge and the timeline", async ({
  asRole,
}, testInfo) => {
  const staff = await asRole("staff");
  // Each viewport answers a request of its own.
  const region = testInfo.project.name === "publishing-phone" ? "africa" : "south-asia";
  await staff.goto(`/requests?region=${region}&status=open`);
  const link = staff.getByRole("article").first().getByRole("heading").getByRole("link");
  const requestTitle = await link.innerText();
  const id = Number((await link.getAttribute("href"))!.split("/").pop());
  await staff.goto(`/staff/requests/${id}`);
  await expect(staff.getByRole("heading", { level: 1, name: requestTitle })).toBeVisible();
  await checkAccessibility(staff);

  await staff.getByLabel("What happened?").fill("The police filed charges against both suspects.");
  await staff.getByRole("button", { name: "Post update" }).click();
  await expect(
    staff.getByRole("status").filter({ hasText: "Added to the timeline" }),
  ).toBeVisible();
  await staff.getByLabel("Kind of update").selectOption({ label: "Mark answered" });
  await staff
    .getByLabel("How was it answered?")
    .fill("The court recognised that she was a minor when she was first abused.");
  await staff.getByRole("button", { name: "Mark answered" }).click();
  await expect(staff.getByRole("region", { name: "Timeline" })).toContainText("Answered");
  await expect(staff.getByRole("region", { name: "History of changes" })).toContainText(
    "marked answered",
  );

  const member = await asRole("member");
  await expect
    .poll(
      async () => {
        await member.goto(`/requests/${id}`);
        return member.getByRole("article").getByText("Answered", { exact: true }).count();
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThan(0);
  const timeline = member.getByRole("region", { name: "Timeline" });
  await expect(timeline).toContainText("The police filed charges against both suspects.");
  await expect(timeline).toContainText("The court recognised that she was a minor");
  await member.goto("/requests?status=answered");
  await expect(member.getByRole("link", { name: requestTitle })).toBeVisible();
});
