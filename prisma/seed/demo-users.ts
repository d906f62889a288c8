import type { Role } from "@/lib/generated/prisma/enums";

/** Known only in the embedded demo: a server seeded with --seed gets random passwords, printed once. */
export const DEMO_PASSWORD = "act-locally-demo";

export type DemoUser = {
  key: string;
  email: string;
  name: string;
  label: string;
  platformAdmin?: boolean;
  partnership?: "bradford" | "kirklees";
  role?: Role;
  areas?: string[];
};

export const DEMO_USERS: DemoUser[] = [
  { key: "platform", email: "platform@act-locally.test", name: "Priya Shah", label: "Platform admin", platformAdmin: true },
  { key: "admin", email: "admin@bradford.act-locally.test", name: "Aisha Khan", label: "Partnership admin (Bradford)", partnership: "bradford", role: "partnership_admin" },
  { key: "board", email: "board@bradford.act-locally.test", name: "David Okafor", label: "Board member (Bradford)", partnership: "bradford", role: "board_member" },
  { key: "coordinator", email: "coordinator@bradford.act-locally.test", name: "Sarah Hughes", label: "Co-ordinator (Holme Wood, Keighley)", partnership: "bradford", role: "coordinator", areas: ["holme-wood", "keighley"] },
  { key: "coordinator-mg", email: "mg.coordinator@bradford.act-locally.test", name: "Imran Hussain", label: "Co-ordinator (Manningham & Girlington)", partnership: "bradford", role: "coordinator", areas: ["manningham-girlington"] },
  { key: "research", email: "research@bradford.act-locally.test", name: "Dr Emma Clarke", label: "Research partner (Bradford)", partnership: "bradford", role: "research_partner" },
  { key: "member", email: "member@bradford.act-locally.test", name: "Tom Bennett", label: "Member (Holme Wood)", partnership: "bradford", role: "member", areas: ["holme-wood"] },
  { key: "kirklees-admin", email: "admin@kirklees.act-locally.test", name: "Grace Wilson", label: "Partnership admin (Kirklees, second tenant)", partnership: "kirklees", role: "partnership_admin" },
  { key: "kirklees-coordinator", email: "coordinator@kirklees.act-locally.test", name: "Ryan Patel", label: "Co-ordinator (Dewsbury, second tenant)", partnership: "kirklees", role: "coordinator", areas: ["dewsbury-west"] },
];
