"use client";

import Link from "next/link";
import { useEffect } from "react";

/** The error boundary for every page: a plain apology and a way on; details stay in the server log. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">Act Locally</p>
        <h1 className="auth-title">Sorry, something went wrong</h1>
        <p className="auth-lead">Nothing you have saved is lost. Try again; if it keeps happening, contact your partnership admin.</p>
        {error.digest ? (
          <p className="muted">
            Reference: <code>{error.digest}</code>
          </p>
        ) : null}
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => reset()}>
            Try again
          </button>
          <Link href="/" className="button button-secondary">
            Go to the home page
          </Link>
        </div>
      </div>
    </main>
  );
}
