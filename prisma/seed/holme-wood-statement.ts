import { randomUUID } from "node:crypto";
import { statementContentSchema, type StatementContent } from "@/lib/statement/content";

/** The Holme Wood Statement of Intent, section by section, from seeds/holme-wood-statement-of-intent.txt. */
const entries = (texts: string[]) => texts.map((text) => ({ id: randomUUID(), text }));

export function holmeWoodStatement(partners: { organisationId: string; name: string }[]): StatementContent {
  return statementContentSchema.parse({
    title: "Acting Locally to identify needs and vulnerabilities and work together to provide solutions",
    introduction: [
      "Schools and early years setting are at the heart of communities. We can enable them to act as a hub of co-ordinated, multi service delivery. This will help grow local cross sector community partnerships to improve outcomes for children and young people.",
      "In Bradford, three 'Act Locally' partnerships have been established, to trial the approach, in Holme Wood, Manningham & Girlington and Keighley; all areas of high and multiple deprivation. Built around and led by local schools, each partnership bring together local policy makers – from health, education, care and policing - with residents, front line professionals, and members of our University research community.",
      "Each partnership started by working together to agree 3 area priorities, key actors in each area, and identify sources of data, including lived experience. From this point, the Act Locally groups were able to provide a mandate for change, from the community, and to speak as one to local commissioners and decision makers, to seek resources, permissions and support.",
      "In Holme Wood the Act Locally group have prioritised **supporting children and young people vulnerable to crime and antisocial behaviour**.",
    ].join("\n\n"),
    priority: "Supporting children and young people vulnerable to crime and antisocial behaviour",
    whyItMatters: entries([
      "The cost of crime across the Bradford district is significant, there should be preventative work in this area.",
      "Schools report that children and young people's exposure to extreme violence has increased significantly since the pandemic. The level and extent of violence experienced by children and young people in Holme Wood is unprecedented.",
      "Action targeted toward crime and antisocial behaviour and violence is often far too late, so early intervention and working with children should be the focus.",
      "There is a lack of trust between the community and public services because organisations often over-promise and under-deliver, their programmes are often short term and unreliable due to constantly changing funding, and they often do not communicate effectively together.",
      "In Holme Wood aspiration is a barrier due to the stigma and poor reputation of living here.",
      "Families in Holme Wood are often affected by inter-generational trauma so it is important for practice to be trauma-informed.",
    ]),
    voices: [
      { quote: "We can transform Holme Wood's sense of identity from stigma to a source of aspiration for our children and young people", role: "Youth Worker" },
      { quote: "Its all about trust. We need to develop and sustain strong relationships with children and young people, families, and other members of the community", role: "School Leader" },
      { quote: "We need to collaborate between organisations and people to make support simpler, easier to access and more connected", role: "Senior Local Authority Officer" },
    ].map((v) => ({ id: randomUUID(), consent: true, ...v })),
    mandate:
      "Our Holme Wood Convening Partnership (between schools and practitioners, providers and VCS organisations) is open and transparent, and understands crime and antisocial behaviour in the local context. It has cemented that we need courage to 'act locally' in partnership with others on the 'wicked issues' that trouble our schools and pull heavily on public services. We recognise our parents and young people need to be part of the solution and reduce the number of children and young people involved with crime and antisocial behaviour in Holme Wood.",
    figures: [
      { figure: "In the Bradford District alone, the cost of violence in 2022-2023 was £378,230,760.", source: "VRU Strategic Needs Assessment", period: "2022-23" },
      {
        figure: "By year 8, 1 in 10 children have been stopped by the police, and by year 10, 1 in 10 have received a formal caution.",
        source: "The Born in Bradford Age of Wonder Secondary school survey – pre-release data",
        period: "2022-23",
      },
    ].map((f) => ({ id: randomUUID(), ...f })),
    actions: entries([
      "Establish our intent (through this collectively agreed statement).",
      "Enable further conversations with partners, communities and decision makers.",
      "Invest in the long term partnerships and hyper local collaborations that are already working, e.g., education settings and local youth workers.",
      "Encourage 'micro collaborations' between education settings and other services that can work together to provide a connected offer locally.",
      "Frame our work so that it destigmatises Holme Wood for our children and young people (and raises their future aspirations).",
      "Prioritise building trusting relationships with children, parents and the wider community, especially those that services have previously struggled to reach.",
      "Connect schools, services and organisations to provide a collective response to the issues that affect Holme Wood.",
      "Enable exploratory conversations with commissioners of pre-established local services, discuss where a 'redirection' of resource may better meet the needs of our children and young people, and families.",
    ]),
    outcomes: entries(["Fewer children and young people in Holme Wood involved with crime and antisocial behaviour."]),
    asks: entries([
      "We'd like to connect organisations, services and schools to provide a collective response to the issue.",
      "We'd like to develop a campaign for local volunteers to train them to support local services.",
      "We'd like to commit to engaging young people and the local community.",
      "We'd like to pool resources so things are more sustainable. This would allow us to find out the resources that are going to services and how we can make better use of them.",
      "We'd like to create a forum where schools could meet together with VCSE on a regular basis.",
      "We'd like to provide schools with intelligence around anti-social behavior/low-level criminal activity so that it can be flagged earlier and a more effective multi-agency response provided.",
      "We'd like to commit collectively to work with all children age 6 who have under 90% attendance, and provide a multi-agency response to this.",
    ]),
    academicPartners:
      "We'd like expert input from academics from the 'Vulnerabilities and Policing Futures Research Centre' and the Centre for Applied Education Research. This will help us answer:",
    academicQuestions: entries(["What interventions could help children and young people vulnerable to antisocial behaviour and violence", "Can you help us measure the impact of our action plan and work."]),
    partners,
  });
}
