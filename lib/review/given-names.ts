/**
 * Given names common among children and parents in the UK, and in Bradford in particular:
 * the most frequent names in England and Wales, South Asian names (Pakistani, Bangladeshi,
 * Indian heritage) and Eastern European names (Polish, Slovak, Czech, Romanian) common in
 * the district. Lower case, accents kept; the detector compares case-insensitively.
 * Not complete and not meant to be: it catches the names that are likely, and the warning
 * on the form covers the rest.
 */
const ENGLISH = `
olivia amelia isla ava mia ivy lily isabella rosie sophia freya willow florence emily ella poppy evie elsie charlotte evelyn
sienna sofia daisy phoebe sophie alice harper matilda ruby emilia maya millie isabelle jessica chloe lucy hannah holly megan
lauren amy emma sarah laura rebecca katie jade leah ellie erin molly lacey courtney paige kayleigh chantelle bethany abigail
georgia scarlett luna aria ellie-mae lola layla mila nancy violet hallie thea margot ada orla imogen esme eliza lottie robyn
niamh caitlin shannon demi tia keira kelsey jasmine jodie zoe rachel natalie samantha victoria elizabeth mary margaret
patricia linda barbara jennifer catherine anne jane angela karen susan julie helen claire nicola michelle lisa joanne tracy
donna kelly gemma stacey danielle leanne kirsty carly hayley siobhan bridget maureen sandra deborah janet christine wendy
noah oliver george leo arthur oscar harry theodore jack henry charlie freddie alfie jacob thomas archie joshua william james
ethan isaac lucas max samuel daniel joseph harrison logan mason dylan riley jayden kai tyler callum liam connor ryan lewis
ben benjamin jake luke nathan kieran reece owen finley toby sebastian jude reggie tommy albie ronnie louie frankie bobby teddy
elijah ezra hugo rory louis jaxon jenson john david michael paul peter andrew steven stephen richard robert christopher
matthew gary kevin wayne darren craig dean shaun sean jamie aaron adam alex alexander edward harvey jasper nathaniel rhys
tobias zachary kian brandon bradley declan ellis ewan fraser hayden jordan kyle mohammed muhammad mohammad mohamed
`;

const SOUTH_ASIAN = `
muhammad mohammed mohammad mohamed muhammed ahmed ahmad ali hassan hasan hussain husain ibrahim yusuf yousaf yusuf ayaan ayan
zayn zain rayyan rayan hamza bilal imran arham aryan usman umar omar abdullah abdul idris musa isa eesa haris sufyan zakariya
zakaria harun haroon ismail ilyas hamzah faisal tariq asif nadeem naveed waqas shahid sajid zahid khalid rashid arif irfan
junaid kashif wasim adnan amir aamir danyal daniyal shayan subhan rehan rohail taha talha yahya younis zubair azaan ehsan
aisha ayesha aishah fatima fatimah zainab zaynab maryam mariam hafsa khadija khadijah amina aminah aleena alina inaya anaya
hawa safa eman iman iqra sana noor nur zara zahra hana hania aliza alisha mahnoor mehak samina shazia nadia rukhsana parveen
nasreen shabana shaheen tahira yasmin yasmeen saima sadia rabia ruqayyah sumayyah sidra hira anum ayla mariyam haniya
manahil zoya
priya aarav arjun rohan ravi sanjay harpreet gurpreet simran jaspreet manpreet rajinder anjali deepa sunita anita kiran
amrit navdeep jasvir sukhdeep ishaan vihaan anaya diya kavya
`;

const EASTERN_EUROPEAN = `
oliwia jakub zofia wiktoria szymon kacper filip antoni małgorzata malgorzata łukasz lukasz piotr krzysztof tomasz mateusz
michał michal paweł pawel marcin bartosz dawid wojciech adrian maciej kamil patryk aleksander franciszek julia zuzanna
maja lena hanna natalia amelia alicja gabriela agnieszka katarzyna magdalena joanna justyna dorota ewa monika karolina
weronika martyna milena nikola nikolas igor oskar stanisław stanislaw
tomáš tomas petra andrei andrej ionuț ionut ana maria elena mihai bogdan darius vlad denisa roxana luca marek milan lenka
eva jana dominik patrik lucie kristina anastasia dmitri dmitry alina ioana andreea florin gheorghe nicoleta alexandru
adriana viktor vasile cristian radu sorin marian jozef jozsef ladislav rastislav miroslav martina veronika simona
`;

/**
 * Given names that are also ordinary words, months, colours or places ("Grace", "May",
 * "Amber", "Victoria"): flagged only when a surname follows, never on their own.
 */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(
  `will may june april august grace faith hope joy rose summer autumn amber dawn mark bill frank pat sunny ray gene victoria
florence jordan chelsea paris india georgia charity patience star sky iris hazel heather robin angel eve milan iman noor`
    .split(/\s+/)
    .filter(Boolean),
);

export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [ENGLISH, SOUTH_ASIAN, EASTERN_EUROPEAN]
    .join(" ")
    .split(/\s+/)
    .filter(Boolean),
);
