process.env.TZ = "Europe/Paris";
import { describe, expect, it } from "vitest";
import { nextStudyDayStart, studyDayKey, studyDaysBetween, studyDayStart } from "./studyDay";

const paris = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe("study day (Europe/Paris)", () => {
  it("counts 02:30 as part of the previous day", () => {
    expect(studyDayStart(paris(2025, 3, 10, 2, 30))).toBe(paris(2025, 3, 9, 4));
    expect(studyDayKey(paris(2025, 3, 10, 2, 30))).toBe("2025-03-09");
  });

  it("rolls over at 04:00 exactly", () => {
    expect(studyDayKey(paris(2025, 3, 10, 3, 59))).toBe("2025-03-09");
    expect(studyDayKey(paris(2025, 3, 10, 4, 0))).toBe("2025-03-10");
    expect(studyDayStart(paris(2025, 3, 10, 4, 0))).toBe(paris(2025, 3, 10, 4));
  });

  it("uses local time, not UTC (04:00 Paris is 03:00 UTC in winter)", () => {
    expect(studyDayStart(Date.UTC(2025, 0, 6, 3, 0))).toBe(Date.UTC(2025, 0, 6, 3, 0));
    expect(studyDayKey(Date.UTC(2025, 0, 6, 2, 59))).toBe("2025-01-05");
  });

  it("handles the daylight-saving change (clocks jump at 02:00 on 30 March 2025: a 23-hour study day)", () => {
    const start = studyDayStart(paris(2025, 3, 29, 12));
    expect(nextStudyDayStart(paris(2025, 3, 29, 12)) - start).toBe(23 * 3_600_000);
    expect(studyDaysBetween(paris(2025, 3, 29, 23), paris(2025, 3, 31, 3))).toBe(1);
  });

  it("counts whole study days between two instants", () => {
    expect(studyDaysBetween(paris(2025, 3, 9, 23), paris(2025, 3, 10, 3))).toBe(0);
    expect(studyDaysBetween(paris(2025, 3, 9, 23), paris(2025, 3, 10, 5))).toBe(1);
  });
});
