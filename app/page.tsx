import { redirect } from "next/navigation";
import { getActor } from "@/lib/tenancy/page";
import { actorPartnerships } from "@/lib/tenancy/resolve";

/** Home: straight to the user's partnership, or to sign in. */
export default async function Home() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  const partnerships = await actorPartnerships(actor.id);
  if (partnerships[0]) redirect(`/p/${partnerships[0].slug}`);
  if (actor.isPlatformAdmin) redirect("/admin");
  redirect("/sign-in?nomembership=1");
}
