import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

/** Also what a user sees for a page they may not open: it must not say whether the page exists. */
export default function NotFound() {
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">Act Locally</p>
        <h1 className="auth-title">Page not found</h1>
        <p className="auth-lead">If you typed the web address, check it is correct. If you followed a link, it may be out of date.</p>
        <p>
          <Link href="/">Go to the home page</Link>
        </p>
      </div>
    </main>
  );
}
