"use client";

/**
 * What a journey page shows when it cannot be rendered, typically because the
 * database is down for a moment: the journey itself is kept, so reloading
 * later continues where the person was. Works without JavaScript (a link).
 */
export default function JourneyError() {
  return (
    <div className="min-h-screen bg-slate-50 px-4 py-8 sm:py-16">
      <main className="mx-auto w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <h1 className="mb-4 text-2xl font-semibold text-slate-900">We cannot continue right now</h1>
        <p className="mb-6 text-slate-700">
          Something on our side is down at the moment. Your progress is kept: try again in a minute.
        </p>
        <a
          href=""
          className="inline-block rounded-md bg-blue-700 px-4 py-2 font-medium text-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          Try again
        </a>
      </main>
    </div>
  );
}
