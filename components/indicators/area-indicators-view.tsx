import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { FocusIndicatorSection } from "@/components/indicators/focus-indicator";
import { DeprivationProfile } from "@/components/indicators/deprivation-profile";
import type { AreaIndicators } from "@/lib/indicators/services/area-dashboard";

/** The area dashboard's body: every figure in `view` is already suppressed (lib/indicators/services/read.ts). */
export function AreaIndicatorsView({ view, base, partnershipBase }: { view: AreaIndicators; base: string; partnershipBase: string }) {
  const { area } = view;
  return (
    <>
      <p className="muted indicator-note">
        Counts from 1 to each indicator&rsquo;s suppression threshold (usually 5) are shown as <strong>c</strong>, and so are the rates built on them and any other figure that would let a hidden count be worked out. x means not available, z not applicable.
      </p>
      {view.unlinked.length ? (
        <Notice tone="info" title={`${view.unlinked.length === 1 ? "One outcome measure is" : `${view.unlinked.length} outcome measures are`} not linked to an indicator yet`}>
          <p>
            {view.unlinked.join("; ")}. Link {view.unlinked.length === 1 ? "it" : "them"} in the <Link href={`${base}/access-connect#evaluation`}>monitoring and evaluation plan</Link> to see {view.unlinked.length === 1 ? "its" : "their"} figures here.
          </p>
        </Notice>
      ) : null}
      {view.focus.length === 0 ? (
        <EmptyState
          title="No focus indicators yet"
          text={`${area.name}'s focus indicators are the indicators its outcome measures are linked to. Link them in the monitoring and evaluation plan on the Access & Connect page.`}
          action={<Link href={`${base}/access-connect#evaluation`}>Go to the monitoring and evaluation plan</Link>}
        />
      ) : (
        view.focus.map((focus) => <FocusIndicatorSection key={focus.indicator.id} focus={focus} area={area} indicatorHref={`${partnershipBase}/indicators/${focus.indicator.code}`} />)
      )}
      <section aria-labelledby="deprivation-heading" className="record-section">
        <h2 id="deprivation-heading" className="section-title">
          Deprivation profile
        </h2>
        <DeprivationProfile profile={view.deprivation} area={area} />
      </section>
    </>
  );
}
