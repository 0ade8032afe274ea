"use server";

/** The preview's forms: a preview acts on no journey. */
export async function previewDoesNothing(): Promise<void> {}

/** A preview's passkey button offers no ceremony. */
export async function previewPasskeyOptions(): Promise<{ message: string }> {
  return { message: "This is a preview." };
}
