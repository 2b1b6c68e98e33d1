import { holdsOn } from "../../lib/validity";
import { appointmentBounds } from "./appointment.validity";

/** An appointment's stored properties, as seed/load writes a partial date (text, bounds). */
function stored(p: { attestedOn?: string[]; validFrom?: [string, string | null, string | null]; validTo?: [string, string | null, string | null] }) {
  const props: Record<string, string | string[] | null> = { id: "appt:x", attestedOn: p.attestedOn ?? [] };
  for (const f of ["validFrom", "validTo"] as const) {
    const v = p[f];
    if (v) Object.assign(props, { [f]: v[0], [`${f}Earliest`]: v[1], [`${f}Latest`]: v[2], [`${f}Precision`]: "DAY" });
  }
  return props;
}

const on = (props: ReturnType<typeof stored>, day: string) => {
  const { from, to } = appointmentBounds(props);
  return holdsOn(from, to, day);
};

describe("appointmentBounds", () => {
  it("holds certainly from the first attested day to the last, and only perhaps before and after", () => {
    const a = stored({ attestedOn: ["2024-11-05", "2024-12-27"] });
    expect(on(a, "2024-11-04")).toBe("UNCERTAIN");
    expect(on(a, "2024-11-05")).toBe("CERTAIN");
    expect(on(a, "2024-12-01")).toBe("CERTAIN");
    expect(on(a, "2024-12-27")).toBe("CERTAIN");
    expect(on(a, "2024-12-28")).toBe("UNCERTAIN");
    expect(on(a, "1990-01-01")).toBe("UNCERTAIN");
  });

  it("reads a vague attested date as held on some day of it: certain only where every reading agrees", () => {
    const a = stored({ attestedOn: ["2025-04-28..2025-04-29"] });
    expect(on(a, "2025-04-27")).toBe("UNCERTAIN");
    expect(on(a, "2025-04-28")).toBe("UNCERTAIN");
    expect(on(a, "2025-04-29")).toBe("UNCERTAIN");
    const b = stored({ attestedOn: ["2025-04-01", "2025-04-28..2025-04-29"] });
    expect(on(b, "2025-04-28")).toBe("CERTAIN");
    expect(on(b, "2025-04-29")).toBe("UNCERTAIN");
  });

  it("keeps the bounds the sources give and fills only the missing one", () => {
    // Ended in a span (Annika Mortensen as programme chief): after the last attested day up to the span, as the span says.
    const ended = stored({ attestedOn: ["2024-11-05"], validTo: ["2024-11-06..2025-04-11", "2024-11-06", "2025-04-11"] });
    expect(on(ended, "2024-11-04")).toBe("UNCERTAIN");
    expect(on(ended, "2024-11-05")).toBe("CERTAIN");
    expect(on(ended, "2025-01-15")).toBe("UNCERTAIN");
    expect(on(ended, "2025-04-11")).toBe("NO");
    const both = stored({ attestedOn: ["2024-11-05"], validFrom: ["2024-01-01", "2024-01-01", "2024-01-01"], validTo: ["2026-01-01", "2026-01-01", "2026-01-01"] });
    expect(on(both, "2025-06-01")).toBe("CERTAIN");
  });

  it("leaves an appointment with neither bounds nor attested days open, as domain model rule 3 reads null", () => {
    expect(appointmentBounds(stored({}))).toEqual({ from: null, to: null });
    expect(on(stored({}), "1990-01-01")).toBe("CERTAIN");
  });
});
