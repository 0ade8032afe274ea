export default function HostedHome() {
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center px-6 py-12">
      <p className="text-sm font-semibold tracking-wide text-blue-700 uppercase">Guestlist</p>
      <h1 className="mt-1 text-3xl font-bold">Sign-in and sign-up pages</h1>
      <p className="mt-6 text-lg leading-relaxed">
        This server hosts the sign-up and sign-in pages of each tenant and acts as their OpenID
        Connect provider. You arrive here from an application that uses Guestlist; there is nothing
        to do on this page itself.
      </p>
      <p className="mt-4 text-base text-slate-600">
        Developers: each tenant publishes its configuration at
        <code className="mx-1 rounded bg-slate-100 px-1 py-0.5 text-sm">
          /&lt;tenant&gt;/.well-known/openid-configuration
        </code>
        .
      </p>
    </main>
  );
}
