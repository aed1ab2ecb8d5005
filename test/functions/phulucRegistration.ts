import { join } from "node:path";
import * as PHULUC from "../../src/functions/functions";
import type {
  CustomFunctionImpl,
  CustomFunctionsRegistration,
} from "../../src/taskpane/preview/emulator/customFunctions";
import { StandInError } from "./customFunctionsStandIn";

const ROOT = join(__dirname, "../..");

const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
  generateCustomFunctionsMetadata: (input: string[]) => Promise<{
    metadataJson: string;
    errors: string[];
    associate: Array<{ functionName: string; id: string }>;
  }>;
};
const { allowErrorInputs } = require(join(ROOT, "src/functions/metadata/allowErrorInputs.js")) as {
  allowErrorInputs: (json: string) => string;
};

/**
 * The PHULUC functions registered as Excel registers them: functions.json generated from the
 * JSDoc by Microsoft's generator and finished by our build step (`finish: false` leaves it as the
 * generator wrote it), each id associated with its exported function. Install the
 * CustomFunctions stand-in before calling, so the functions throw its errors.
 */
export async function phulucRegistration(finish = true): Promise<CustomFunctionsRegistration> {
  const generated = await generateCustomFunctionsMetadata([
    join(ROOT, "src/functions/functions.ts"),
  ]);
  if (generated.errors.length) throw new Error(generated.errors.join("\n"));
  const json = finish ? allowErrorInputs(generated.metadataJson) : generated.metadataJson;
  const exported = PHULUC as unknown as Record<string, CustomFunctionImpl>;
  return {
    namespace: "PHULUC",
    metadata: JSON.parse(json),
    implementations: new Map(generated.associate.map((a) => [a.id, exported[a.functionName]])),
    ErrorClass: StandInError,
  };
}
