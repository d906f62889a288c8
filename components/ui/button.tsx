import Link from "next/link";
import type { ButtonHTMLAttributes, ReactNode } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger";

export function buttonClass(variant: ButtonVariant = "primary", extra?: string): string {
  return `button button-${variant}${extra ? ` ${extra}` : ""}`;
}

/** A link that looks like a button: for navigation, never for changing data. */
export function LinkButton({
  href,
  children,
  variant = "primary",
  prefetch,
}: {
  href: string;
  children: ReactNode;
  variant?: ButtonVariant;
  prefetch?: boolean;
}) {
  return (
    <Link href={href} className={buttonClass(variant)} prefetch={prefetch}>
      {children}
    </Link>
  );
}

/** A plain button; `type` defaults to "button" so it never submits a form by accident. */
export function Button({
  variant = "primary",
  className,
  type = "button",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...rest} />;
}
