"use client";

import { createContext, use, useMemo, useState } from "react";
import { DEFAULT_PREFERENCES, readingStyle, type ReadingPreferences } from "@/lib/reading/preferences";
import { useSpeech, type Speech } from "./speech";

type Reading = {
  prefs: ReadingPreferences;
  change: (changes: Partial<ReadingPreferences>) => void;
  speech: Speech;
};

const ReadingContext = createContext<Reading | null>(null);

/** The reading settings and speech queue around a quiz, or null outside one. */
export const useReading = () => use(ReadingContext);

async function savePreference(changes: Partial<ReadingPreferences>) {
  // Best effort: a setting that fails to save still applies on this page.
  await fetch("/api/preferences", {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(changes),
  }).catch(() => undefined);
}

/**
 * A quiz page's reading comfort: the user's text size and line spacing, applied to the article
 * and the questions alike (app/globals.css `.reading`), kept per user, and the one read-aloud
 * queue the article and each question share.
 */
export function ReadingProvider({
  initial = DEFAULT_PREFERENCES,
  signedIn = true,
  children,
}: {
  initial?: ReadingPreferences;
  signedIn?: boolean;
  children: React.ReactNode;
}) {
  const [prefs, setPrefs] = useState(initial);
  const speech = useSpeech(prefs.speechRate / 100);
  const value = useMemo<Reading>(
    () => ({
      prefs,
      speech,
      change: (changes) => {
        setPrefs((p) => ({ ...p, ...changes }));
        if (signedIn) void savePreference(changes);
      },
    }),
    [prefs, speech, signedIn],
  );
  return (
    <ReadingContext value={value}>
      <div className="reading" style={readingStyle(prefs)}>
        {children}
      </div>
    </ReadingContext>
  );
}
