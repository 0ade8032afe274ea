export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { verifyStartup } = await import("@guestlist/domain/config");
  const { ZServerEnv } = await import("./config");
  await verifyStartup("admin", ZServerEnv);
}
