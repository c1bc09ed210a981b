import { describe, expect, it } from "vitest";
import { beforeName } from "./construct";

describe("a name put in another's place", () => {
  it("makes 'a'/'an' fit the new name", () => {
    expect(beforeName("Phillipsburg is also an ", "Camden County")).toBe("Phillipsburg is also a ");
    expect(beforeName("The prize went to a ", "Oxford professor")).toBe("The prize went to an ");
    expect(beforeName("An ", "Unilever plant")).toBe("A ");
    expect(beforeName("It is a ", "European Union rule")).toBe("It is a ");
    expect(beforeName("The talks in ", "Oslo")).toBe("The talks in ");
  });
});
