// Publication dates must not depend on the machine's time zone: every case runs under zones on both sides of UTC.
import { afterEach, describe, expect, it } from "vitest";
import { datesIn, normalizeDate } from "../extract/normalizeDate.js";
import { normaliseDate, numericDateOrder, readDate } from "./normaliseDate.js";

const ZONES = ["Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati", "UTC"];
const original = process.env.TZ;

afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe.each(ZONES)("under TZ=%s", (zone) => {
  it("the zone is in effect (the check below would catch a process that ignored it)", () => {
    process.env.TZ = zone;
    const offset = new Date(Date.UTC(2024, 0, 15)).getTimezoneOffset();
    expect(offset).toBe({ "Asia/Tokyo": -540, "America/Los_Angeles": 480, "Pacific/Kiritimati": -840, UTC: 0 }[zone]);
  });

  it("reads publication dates in explicit formats", () => {
    process.env.TZ = zone;
    expect(normaliseDate("March 4, 2024")).toBe("2024-03-04");
    expect(normaliseDate("Mar. 4th, 2024")).toBe("2024-03-04");
    expect(normaliseDate("Monday, March 4, 2024 at 9:30 a.m. EST")).toBe("2024-03-04");
    expect(normaliseDate("4 March 2024")).toBe("2024-03-04");
    expect(normaliseDate("Mon, 04 Mar 2024 23:30:00 -0800")).toBe("2024-03-04");
    expect(normaliseDate("2024-03-04T23:30:00-08:00")).toBe("2024-03-04");
    expect(normaliseDate("2024-03-04T00:15:00+09:00")).toBe("2024-03-04");
    expect(normaliseDate("2024-03-04")).toBe("2024-03-04");
    expect(normaliseDate("2024/3/4")).toBe("2024-03-04");
    expect(normaliseDate("March 2024")).toBe("2024-03");
    expect(normaliseDate("2024-03")).toBe("2024-03");
    expect(normaliseDate("2024")).toBe("2024");
  });

  it("resolves relative dates in sentences against the article date", () => {
    process.env.TZ = zone;
    expect(normalizeDate("They met on September 23.", "2022-10-01")).toBe("2022-09-23");
    expect(normalizeDate("Talks began last week.", "2024-03-04")).toBe("2024-02-26");
    expect(normalizeDate("He spoke yesterday.", "2024-03-01")).toBe("2024-02-29");
    expect(normalizeDate("The vote was on Monday.", "2024-03-06")).toBe("2024-03-04");
    expect(normalizeDate("NAIROBI, March 4, 2024 -- Talks opened.", "2024-03-05")).toBe("2024-03-04");
    expect(datesIn("From 4 March to 6 March.", "2024-03-10").map((d) => d.date)).toEqual(["2024-03-04", "2024-03-06"]);
  });
});

describe("numeric dates", () => {
  it("are read day or month first only when the parts or the locale decide", () => {
    expect(normaliseDate("03/04/2024")).toBeUndefined();
    expect(readDate("03/04/2024")).toEqual({ problem: expect.stringMatching(/ambiguous/) });
    expect(normaliseDate("03/04/2024", "en")).toBeUndefined();
    expect(normaliseDate("03/04/2024", "en-GB")).toBe("2024-04-03");
    expect(normaliseDate("03/04/2024", "en_US")).toBe("2024-03-04");
    expect(normaliseDate("03.04.2024", "de-DE")).toBe("2024-04-03");
    expect(normaliseDate("25/12/2024")).toBe("2024-12-25");
    expect(normaliseDate("12/25/2024")).toBe("2024-12-25");
    expect(normaliseDate("05/05/2024")).toBe("2024-05-05");
    expect(normaliseDate("03/04/2024", "ja-JP")).toBeUndefined();
  });

  it("know the order of common locales", () => {
    expect(numericDateOrder("en-US")).toBe("month");
    expect(numericDateOrder("en-GB")).toBe("day");
    expect(numericDateOrder("fr")).toBe("day");
    expect(numericDateOrder("not a locale")).toBeNull();
    expect(numericDateOrder(undefined)).toBeNull();
  });

  it("refuse impossible and unreadable dates", () => {
    expect(readDate("2023-02-29")).toEqual({ problem: expect.stringMatching(/day 29 does not exist/) });
    expect(readDate("2024-13-01")).toEqual({ problem: expect.stringMatching(/month 13/) });
    expect(readDate("next Tuesday")).toEqual({ problem: expect.stringMatching(/unreadable/) });
    expect(normaliseDate("2024-02-29")).toBe("2024-02-29");
  });
});
