// "Prayed N times by M people": one wording for every page, server or browser.
export function countText({ times, people }: { times: number; people: number }): string {
  const t = times === 1 ? "time" : "times";
  const p = people === 1 ? "person" : "people";
  return `Prayed ${times} ${t} by ${people} ${p}`;
}
