import { describe, expect, it } from "vitest";
import { formatClock, formatDuration, remainingSeconds } from "./clock";

describe("time", () => {
  it("counts down whole seconds and stops at zero", () => {
    expect(remainingSeconds(600, 0, 61_500)).toBe(539);
    expect(remainingSeconds(60, 0, 120_000)).toBe(0);
    expect(remainingSeconds(0, 0, 10)).toBeNull();
  });

  it("formats durations and clocks in French", () => {
    expect(formatDuration(45)).toBe("45 s");
    expect(formatDuration(185)).toBe("3 min 05 s");
    expect(formatDuration(3720)).toBe("1 h 02 min");
    expect(formatClock(545)).toBe("9:05");
    expect(formatClock(-3)).toBe("0:00");
  });
});
