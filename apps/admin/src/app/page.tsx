export default function AdminHome() {
  return (
    <div className="mx-auto flex min-h-screen max-w-3xl flex-col px-6 py-12">
      <header className="mb-10">
        <p className="text-sm font-semibold tracking-wide text-blue-700 uppercase">Guestlist</p>
        <h1 className="mt-1 text-3xl font-bold">Admin portal</h1>
      </header>
      <main className="space-y-6 text-lg leading-relaxed">
        <p>
          Tenant administrators configure here how external people sign themselves up for your
          applications: identity providers, the questions asked at sign-up, API connectors, user
          flows and the applications that use them.
        </p>
        <p className="text-base text-slate-600">
          Operator sign-in and tenant management are being built; until then the seeded
          <strong> woodgrove</strong> tenant is configured from the database seed.
        </p>
      </main>
    </div>
  );
}
