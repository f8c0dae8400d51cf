// Service times as leaders type them ("9:00 and 11:00", "10.30am", "6 pm") turned into the span of the
// day the services cover, for the calendar file.

const TIME = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/gi;

/** Minutes after midnight of each time found, in order. */
export function parseServiceTimes(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(TIME)) {
    let hour = Number(match[1]);
    const minute = Number(match[2] ?? 0);
    const half = match[3]?.toLowerCase().replace(/\./g, "");
    if (!match[2] && !half) continue; // a bare number ("2 services") is not a time
    if (half === "pm" && hour < 12) hour += 12;
    if (half === "am" && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) continue;
    found.push(hour * 60 + minute);
  }
  return found;
}
