/**
 * Whether a Prisma error is a unique key refusing a second row. A service that checks
 * "does it exist yet?" before creating catches it around its transaction: two requests at
 * the same moment both pass the check, the key lets one insert through, and the other is
 * answered with the same plain message the check gives.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/** Runs `create`, turning a unique-key refusal into `refusal()`. */
export async function onceOnly<T>(create: () => Promise<T>, refusal: () => Error): Promise<T> {
  try {
    return await create();
  } catch (error) {
    if (isUniqueViolation(error)) throw refusal();
    throw error;
  }
}
