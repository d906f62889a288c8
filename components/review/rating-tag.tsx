import type { ConditionLevel, Rag } from "@/lib/generated/prisma/enums";
import { RAG_LABELS } from "@/lib/action-plan/labels";
import { CONDITION_LEVEL_LABELS } from "@/lib/review/labels";
import { movementText, type Movement } from "@/lib/review/ratings";

/** A capability rating as a word in a tag ("Amber"): never colour alone. */
export function RatingTag({ rating }: { rating: Rag | null }) {
  if (!rating) return <span className="rv-tag rv-unrated">Not rated</span>;
  return <span className={`rv-tag rv-rag-${rating}`}>{RAG_LABELS[rating]}</span>;
}

export function LevelTag({ level }: { level: ConditionLevel }) {
  return <span className="rv-tag rv-level">{CONDITION_LEVEL_LABELS[level]}</span>;
}

/** How a rating moved since the one before, in words ("Up from Red"). */
export function MovementNote({ movement, previous }: { movement: Movement; previous: string | null }) {
  return <span className={`rv-movement rv-movement-${movement}`}>{movementText(movement, previous)}</span>;
}

export const ragLabel = (rating: Rag | null) => (rating ? RAG_LABELS[rating] : null);
export const levelLabel = (level: ConditionLevel | null) => (level ? CONDITION_LEVEL_LABELS[level] : null);
