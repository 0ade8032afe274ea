export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { verifyStartup } = await import("./verify-startup");
  verifyStartup();
}
