/** An authenticator app's key as apps show a key typed by hand: four characters at a time. */
export function AuthenticatorKey({ secret }: { secret: string }) {
  return (
    <code className="font-mono break-all select-all">
      {secret.match(/.{1,4}/g)?.join(" ") ?? secret}
    </code>
  );
}
