import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { Providers } from "@/components/shell/providers";
import "./globals.css";
import "./blueprint.css";

export const metadata: Metadata = {
  title: { default: "Act Locally", template: "%s · Act Locally" },
  description: "Schools leading data-driven, place-based partnerships for children: plan, track and share each area's five-phase blueprint.",
};

export const viewport: Viewport = {
  themeColor: "#0b5563",
  width: "device-width",
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry that request's CSP nonce (proxy.ts).
  await headers();
  return (
    <html lang="en-GB">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
