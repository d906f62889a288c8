import Link from "next/link";

export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const current = Math.min(Math.max(1, page), pages);
  return (
    <nav aria-label="Pagination" className="pagination">
      {current > 1 ? (
        <Link href={href(current - 1)} rel="prev" className="pagination-link">
          <span aria-hidden="true">←</span> Previous<span className="visually-hidden"> page</span>
        </Link>
      ) : null}
      <p className="pagination-status">
        Page {current} of {pages}
      </p>
      {current < pages ? (
        <Link href={href(current + 1)} rel="next" className="pagination-link">
          Next<span className="visually-hidden"> page</span> <span aria-hidden="true">→</span>
        </Link>
      ) : null}
    </nav>
  );
}
