import type { Metadata } from "next";
import { connection } from "next/server";
import { headers } from "next/headers";
import Link from "next/link";
import { cardClass, linkClass, mutedText } from "@/app/_components/ui";
import { requireTeacherPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listPlatformsForOwner } from "@/lib/db/lti-platforms";
import { toolOrigin, toolUrls } from "@/lib/lti/http";
import { PlatformSettings } from "./_components/platform-settings";

export const metadata: Metadata = { title: "LMS connections" };

/** Where a teacher registers LMS platforms (LTI 1.3) and finds the URLs to give the LMS. */
export default async function LtiSettingsPage() {
  await connection();
  const user = await requireTeacherPage("/teach/lti");
  const platforms = await listPlatformsForOwner({ db: await getDb(), ownerId: user.id });
  const h = await headers();
  const urls = toolUrls(toolOrigin(new Request(`http://${h.get("host") ?? "localhost"}/`, { headers: h })));
  const tool = [
    ["Login initiation URL (OpenID Connect)", urls.login],
    ["Launch / redirect URL (target link URI)", urls.launch],
    ["Public keyset URL (JWKS)", urls.jwks],
    ["Canvas JSON configuration", urls.config],
    ["Tool configuration (Dynamic Registration shape)", `${urls.config}?format=registration`],
  ] as const;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">LMS connections</h1>
        <p className={`mt-1 ${mutedText}`}>
          Connect Readcheck to Canvas, Moodle, Schoology or Brightspace with LTI 1.3: quizzes placed by deep linking, sign-in from the course, scores sent to the gradebook.{" "}
          <Link href="/teach/lti/scores" className={linkClass}>
            Sync log and rosters
          </Link>
        </p>
      </div>
      <section aria-labelledby="tool-heading" className={`${cardClass} p-5`}>
        <h2 id="tool-heading" className="text-lg font-semibold">
          Give these to your LMS administrator
        </h2>
        <dl className="mt-3 space-y-3 text-sm">
          {tool.map(([label, value]) => (
            <div key={label}>
              <dt className="font-semibold">{label}</dt>
              <dd className="break-all font-mono">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <PlatformSettings initial={platforms.map((p) => ({ ...p, createdAt: p.createdAt.toISOString() }))} />
    </div>
  );
}
