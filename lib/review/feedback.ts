import type { FeedbackSource } from "@/lib/generated/prisma/enums";
import { FEEDBACK_SOURCES } from "@/lib/review/labels";

/** Pure summaries of feedback, per source: for the feedback page, the review pack and its CSV. */
export type FeedbackLike = { source: FeedbackSource; rating: number | null; receivedOn: string };

export type SourceSummary = {
  source: FeedbackSource;
  count: number;
  /** How many gave a rating, and their average to one decimal place; null when none did. */
  rated: number;
  averageRating: number | null;
  latestOn: string | null;
};

export function summariseFeedback(items: readonly FeedbackLike[]): SourceSummary[] {
  return FEEDBACK_SOURCES.map((source) => {
    const own = items.filter((f) => f.source === source);
    const ratings = own.map((f) => f.rating).filter((r): r is number => r !== null);
    const average = ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10 : null;
    const latestOn = own.reduce<string | null>((latest, f) => (latest === null || f.receivedOn > latest ? f.receivedOn : latest), null);
    return { source, count: own.length, rated: ratings.length, averageRating: average, latestOn };
  });
}

/** The most recent pieces first, for highlights; ties keep the order they came in. */
export function latestFeedback<T extends FeedbackLike>(items: readonly T[], take: number): T[] {
  return [...items].sort((a, b) => (a.receivedOn === b.receivedOn ? 0 : a.receivedOn < b.receivedOn ? 1 : -1)).slice(0, take);
}
