import Link from "next/link";
import type { ReactNode } from "react";
import type { NavItem } from "@/lib/nav/partnership-nav";
import { SignOutButton } from "@/components/shell/sign-out-button";

type PartnershipLink = { slug: string; name: string };

export type AppShellProps = {
  user: { name: string; email: string };
  roleLabel: string;
  partnerships: PartnershipLink[];
  current?: { partnership: PartnershipLink };
  nav: NavItem[];
  children: ReactNode;
};

/**
 * The deepest current item is the page; current items above it only mark the section,
 * so assistive technology hears "current page" once.
 */
function NavTree({ items, nested }: { items: NavItem[]; nested?: boolean }) {
  return (
    <ul className={nested ? "side-nav-list side-nav-sublist" : "side-nav-list"}>
      {items.map((item) => {
        const childCurrent = item.children?.some((c) => c.current) ?? false;
        const ariaCurrent = item.current ? (childCurrent ? "true" : "page") : undefined;
        return (
          <li key={item.href} className="side-nav-item">
            <Link href={item.href} aria-current={ariaCurrent} className={item.current ? "side-nav-link side-nav-link-current" : "side-nav-link"}>
              {item.label}
            </Link>
            {item.children && item.children.length > 0 ? <NavTree items={item.children} nested /> : null}
          </li>
        );
      })}
    </ul>
  );
}

export function AppShell({ user, roleLabel, partnerships, current, nav, children }: AppShellProps) {
  const others = partnerships.filter((p) => p.slug !== current?.partnership.slug);
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <header className="shell-header">
        <div className="shell-header-inner">
          <div className="shell-brand-group">
            <Link href="/" className="shell-brand">
              Act Locally
            </Link>
            {current ? <span className="shell-partnership">{current.partnership.name}</span> : null}
          </div>
          <div className="shell-tools">
            {partnerships.length > 1 ? (
              <details className="shell-switcher">
                <summary>Switch partnership</summary>
                <ul className="shell-switcher-list">
                  {(current ? others : partnerships).map((p) => (
                    <li key={p.slug}>
                      <Link href={`/p/${p.slug}`}>{p.name}</Link>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            <p className="shell-user">
              <span className="shell-user-name">{user.name}</span>
              <span className="shell-user-role">{roleLabel}</span>
            </p>
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="shell-body">
        <nav aria-label="Main" className="side-nav">
          <NavTree items={nav} />
        </nav>
        <main id="main" tabIndex={-1} className="shell-main">
          {children}
        </main>
      </div>
    </div>
  );
}
