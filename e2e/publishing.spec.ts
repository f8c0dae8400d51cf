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
  test.setTimeout(180_000);
  const title = `Freedom Bulletin ${Date.now()}`;
  const text = `${seed.replace("IJM Prayer Request", title)}\n\nNordic Outreach\n\nPray for the teams training church volunteers to care for survivors.\n`;
  const staff = await asRole("staff");
  await staff.goto("/staff");
  // Requests nobody has prayed for yet are said so kindly, not as "Prayed 0 times by 0 people".
  await expect(staff.getByRole("heading", { name: "Least prayed for" })).toBeVisible();
  await expect(staff.getByRole("main")).not.toContainText("Prayed 0 times");
  await staff.getByRole("link", { name: "Import a bulletin" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Import a bulletin" })).toBeVisible();
  await staff.getByLabel("Bulletin text").fill(text);
  await staff.getByRole("button", { name: "Read the bulletin" }).click();
  const warnings = staff.getByRole("status").filter({ hasText: "Warnings" });
  await expect(warnings).toContainText("Nordic Outreach");
  await checkAccessibility(staff);
  // The parser's items name their regions as people read them, not by slug, and say how sure
  // the parser is of each.
  await expect(staff.getByText(/^Request · Africa · Ghana:/).first()).toBeVisible();
  await expect(staff.getByText("Confident", { exact: true }).first()).toBeVisible();
  await expect(
    staff.getByText(/New region proposed from the heading “Nordic Outreach”/),
  ).toBeVisible();
  // "Save as draft" is in reach from the top of the long editor on (a bar at the foot of the screen).
  await staff.getByRole("heading", { name: "Fix and save" }).scrollIntoViewIfNeeded();
  await expect(staff.getByRole("button", { name: "Save as draft" })).toBeInViewport();

  // The unknown heading became an unknown region: choose a real one.
  const lastRegion = staff.getByLabel(/^Item 6 region$/);
  await expect(lastRegion).toHaveValue("nordic-outreach");
  await lastRegion.selectOption({ label: "Southeast Asia" });
  await staff.getByRole("button", { name: "Save as draft" }).click();
  await expect(staff).toHaveURL(/\/staff\/bulletins\/\d+/);
  await expect(staff.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const bulletinUrl = staff.url();
  await checkAccessibility(staff);

  // Pasting the same bulletin again is pointed out, with a link to the one already here.
  await staff.goto("/staff/import");
  await staff.getByLabel("Bulletin text").fill(text);
  await staff.getByRole("button", { name: "Read the bulletin" }).click();
  const already = staff
    .getByRole("status")
    .filter({ hasText: "This bulletin may already be here" });
  await expect(already.getByRole("link", { name: title })).toBeVisible();
  await expect(already).toContainText("already holds 6 of its 6 items");
  await checkAccessibility(staff);
  await staff.goto(bulletinUrl);

  await staff.getByRole("link", { name: "Preview as the public will see it" }).click();
  // The editor page has the same heading (and, in its translations, the same reference): wait for
  // the preview itself.
  await expect(staff).toHaveURL(/\/preview$/);
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
  // "Mark answered" is a visible choice beside "Post an update", not hidden in a menu.
  await staff.getByRole("radio", { name: "Mark answered" }).check();
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
  // The answer stands out in the timeline.
  await member.goto(`/requests/${id}`);
  await expect(
    member.getByRole("region", { name: "Timeline" }).locator("li.bg-answered-bg"),
  ).toContainText("The court recognised");

  // Archiving is its own action: asked to confirm, cancellable, with a visible result; the earlier
  // message does not linger. Brought back, the request is answered again, not open.
  await staff.getByRole("button", { name: "Archive this request" }).click();
  await expect(staff.getByText("Archive this request?")).toBeVisible();
  await staff.getByRole("button", { name: "Cancel" }).click();
  await expect(staff.getByRole("button", { name: "Yes, archive it" })).toHaveCount(0);
  await staff.getByRole("button", { name: "Archive this request" }).click();
  await staff.getByRole("button", { name: "Yes, archive it" }).click();
  await expect(
    staff.getByRole("status").filter({ hasText: "Archived. It no longer shows" }),
  ).toBeVisible();
  await expect(staff.getByText("Added to the timeline.")).toHaveCount(0);
  await staff.getByRole("button", { name: "Bring back from the archive" }).click();
  await staff.getByRole("button", { name: "Yes, bring it back" }).click();
  await expect(
    staff.getByRole("status").filter({ hasText: "Back on the public lists." }),
  ).toBeVisible();
  await expect(staff.getByText("Answered", { exact: true }).first()).toBeVisible();
});

test("staff translate the newest bulletin into Portuguese beside the original, and Portuguese readers get it", async ({
  asRole,
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/bulletins");
  const href = await page.locator('main a[href^="/bulletins/"]').first().getAttribute("href");
  const id = Number(href?.split("/").pop());
  expect(id).toBeGreaterThan(0);
  const staff = await asRole("staff");
  await staff.goto(`/staff/bulletins/${id}`);
  const editor = staff.getByRole("region", { name: "Translations" });
  const portuguese = editor
    .getByRole("group", { name: "Language of the translation" })
    .getByRole("button", { name: /^Português/ });
  // (A press before the page is live does nothing: press until it is chosen.)
  await expect(async () => {
    await portuguese.click();
    await expect(portuguese).toHaveAttribute("aria-pressed", "true", { timeout: 1_000 });
  }).toPass();
  // Each field in Portuguese sits under its original.
  await expect(editor.getByText("Title (original)", { exact: true })).toBeVisible();
  // Letters in it: a long run of digits is what the safety check takes for a phone number.
  const stamp = Date.now().toString(36);
  await editor.getByLabel(/^Title in /).fill(`Boletim de oração ${stamp}`);
  await editor.getByLabel(/^Verse in /).fill("Defendam o direito do fraco e do órfão.");
  await editor.getByLabel(/^Verse reference in /).fill("Salmo 82:3");
  const notes = editor.getByLabel(/^Note \d+ in /);
  for (let i = 0; i < (await notes.count()); i++)
    await notes.nth(i).fill("Obrigado por orar conosco.");
  const titles = editor.getByLabel(/^Item title in /);
  const bodies = editor.getByLabel(/^Item text in /);
  const count = await titles.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await titles.nth(i).fill(`Pedido ${i + 1}`);
    await bodies.nth(i).fill(`Orem pela equipe e pelos sobreviventes: pedido ${i + 1} (${stamp}).`);
  }
  await editor.getByRole("button", { name: /^Save the Portugu.* translation$/ }).click();
  await expect(
    editor.getByRole("status").filter({ hasText: "The Português translation is saved." }),
  ).toBeVisible();
  await checkAccessibility(staff);

  // A Portuguese reader gets it; an English reader still gets the original.
  await page.goto(`/pt/bulletins/${id}`);
  await expect(page.getByText(`Boletim de oração ${stamp}`).first()).toBeVisible();
  await expect(page.getByText(`pedido 1 (${stamp})`)).toBeVisible();
  // (Reading in Portuguese remembered that choice: a reader who never chose one is another visitor.)
  await page.context().clearCookies();
  await page.goto(`/bulletins/${id}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText(`pedido 1 (${stamp})`)).toHaveCount(0);
});
