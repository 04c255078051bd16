import { describe, expect, it } from "vitest";
import { isRateAt, rateIn } from "./findQuantities.js";

describe("rates", () => {
  it("are stated by per/a/every/each before a period", () => {
    expect(rateIn("Around 3,000 arrived every day")).toBe("per day");
    expect(rateIn("10,000 barrels a day")).toBe("per day");
    expect(rateIn("200 per week")).toBe("per week");
    expect(isRateAt(["500", "each", "month"], 1)).toBe(true);
  });

  it("are not a point in time or a duration", () => {
    expect(rateIn("12,000 people crossed the border a week ago")).toBeUndefined();
    expect(rateIn("They arrived a day earlier")).toBeUndefined();
    expect(rateIn("Talks ended in a week")).toBeUndefined();
    expect(rateIn("The camp held 5,000 for a month")).toBeUndefined();
    expect(isRateAt(["crossed", "a", "week", "ago"], 1)).toBe(false);
  });
});
