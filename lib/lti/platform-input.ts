/** A platform registration as a teacher enters it (settings page and API), validated. */
import { z } from "zod";

const endpoint = z.url({ protocol: /^https?$/, error: "Enter the full address, starting with https://" }).max(2048);

export const platformInputSchema = z.strictObject({
  name: z.string().trim().min(1, "Give the platform a name.").max(100),
  issuer: endpoint,
  clientId: z.string().trim().min(1, "Enter the client id the LMS gave Readcheck.").max(255),
  deploymentIds: z
    .array(z.string().trim().min(1).max(255))
    .min(1, "Enter at least one deployment id.")
    .max(50)
    .transform((ids) => [...new Set(ids)]),
  authUrl: endpoint,
  tokenUrl: endpoint,
  jwksUrl: endpoint,
});
export type PlatformInputBody = z.infer<typeof platformInputSchema>;
