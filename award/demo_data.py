"""Demo data for ``flask award demo``.

The first user of the platform is the Health Worker Migration Global Policy Advisory Council, an
independent body of experts and policy makers from countries that send and countries that receive
migrating health workers. It runs the "Innovations in Health Worker Migration Award"; Council
members review the nominations. The rubric follows the WHO Global Code of Practice on the
International Recruitment of Health Personnel (2010).

Everything here is invented for demonstration purposes:

* every person named in this module is fictional; any resemblance to real people is coincidental;
* organisations are fictional or generic (a ministry, a council); the programmes, figures and
  results attributed to them are invented and must not be cited;
* e-mail addresses and websites use reserved example domains only (example.org/.com/.net and the
  ``.example`` top-level domain);
* references are fictional; journals marked "(fictional)" do not exist.

Countries are ISO 3166-1 alpha-2 codes, languages ISO 639-1 codes (en, es, fr, pt) and time zones
IANA names. Nomination texts in es/fr/pt are written in that language.

This module holds plain constants only (no imports), so that it can be read by the seeding code,
by tests and by translators without side effects.
"""

# One shared password for every demo account (never used outside demo databases).
DEMO_PASSWORD = "demo-award-2026"  # noqa: S105 - the published demo login  # nosec B105

# The Council secretariat: one administrator who runs the award.
SECRETARIAT = [
    {
        "name": "Helena Marchetti-Oduya",
        "email": "secretariat@award.example",
        "organisation": "Health Worker Migration Initiative, Council Secretariat",
        "country": "US",
        "language": "en",
        "timezone": "America/New_York",
    },
]

# The five award categories.
CATEGORIES = [
    {
        "slug": "ethical-recruitment",
        "name": "Ethical recruitment",
        "description": (
            "Practices by governments, employers or recruiters that put the WHO Global Code of "
            "Practice into effect: no recruitment fees charged to health workers, transparent "
            "contracts, and restraint in recruiting from countries facing critical health "
            "workforce shortages. Nominations should show how compliance is monitored, not only "
            "promised."
        ),
    },
    {
        "slug": "retention-return",
        "name": "Retention and return",
        "description": (
            "Measures that help source countries keep, or win back, the health workers they "
            "train: rural incentives, career paths, decent working conditions, and return or "
            "reintegration schemes that make use of skills gained abroad. Circular migration "
            "schemes that bring workers home on a planned basis also belong here."
        ),
    },
    {
        "slug": "bilateral-agreements",
        "name": "Bilateral agreements",
        "description": (
            "Government-to-government or institution-to-institution agreements that manage health "
            "worker mobility for the benefit of both countries. Strong nominations include "
            "concrete reinvestment in the source country's training capacity, fair treatment of "
            "the workers who move, and a joint mechanism to review the agreement."
        ),
    },
    {
        "slug": "diaspora-engagement",
        "name": "Diaspora engagement",
        "description": (
            "Initiatives through which health workers living abroad contribute to the health "
            "system of their country of origin, through teaching, clinical service, "
            "teleconsultation, investment or mentoring, without necessarily returning permanently."
        ),
    },
    {
        "slug": "workforce-data",
        "name": "Workforce data and registries",
        "description": (
            "Information systems that make health worker migration visible and manageable: "
            "licence and registration registries, verification-request tracking, labour market "
            "surveys and data exchange between countries, in line with the data and information "
            "provisions of the WHO Global Code."
        ),
    },
]

# Theme tags for nominations and reviewer expertise.
THEMES = [
    "nursing",
    "midwifery",
    "physicians",
    "community health workers",
    "pharmacy",
    "digital health",
    "training",
    "remittances",
    "gender",
    "rural health",
    "circular migration",
    "labour rights",
    "mental health",
]

# The rubric is the real WHO Global Code of Practice template: award/rubric_templates.py.

# The narrative questions of the nomination form; answers are stored per question key.
QUESTIONS = [
    {
        "key": "summary",
        "label": "Short summary",
        "help": (
            "Describe the innovation in plain language: what it is, who runs it, and which "
            "countries it links. This text may be published if the nomination is shortlisted."
        ),
        "kind": "textarea",
        "required": True,
        "word_limit": 150,
        "section": "innovation",
    },
    {
        "key": "description",
        "label": "Description of the innovation",
        "help": (
            "Explain the problem it addresses, how it works, who the partners are and since when "
            "it has been running. Say what is new about it."
        ),
        "kind": "textarea",
        "required": True,
        "word_limit": 1000,
        "section": "innovation",
    },
    {
        "key": "impact",
        "label": "Evidence of impact",
        "help": (
            "Give concrete results with numbers and dates: health workers reached, retention or "
            "return rates, vacancies filled, services delivered. Say where the figures come from."
        ),
        "kind": "textarea",
        "required": True,
        "word_limit": 500,
        "section": "impact",
    },
    {
        "key": "ethics",
        "label": "How it follows the ethical principles of the WHO Global Code of Practice",
        "help": (
            "Explain how the initiative avoids harm to countries with health workforce shortages, "
            "treats migrant health workers fairly, and benefits both source and destination "
            "countries."
        ),
        "kind": "textarea",
        "required": True,
        "word_limit": 500,
        "section": "ethics",
    },
    {
        "key": "scalability",
        "label": "Scalability and sustainability",
        "help": (
            "How is the initiative funded, who owns it, and could it work in other countries or "
            "for other professions?"
        ),
        "kind": "textarea",
        "required": True,
        "word_limit": 400,
        "section": "scalability",
    },
    {
        "key": "references",
        "label": "References",
        "help": (
            "Optional: up to five reports, evaluations or articles that support the nomination."
        ),
        "kind": "textarea",
        "required": False,
        "word_limit": 200,
        "section": "references",
    },
]

# Council members who review nominations: sending-country members, receiving-country
# members and independent experts (side="neither"). Expertise mixes category slugs and THEMES.
REVIEWERS = [
    {
        "name": "Abena Owusu-Darko",
        "email": "a.owusu-darko@ghs.gh.example",
        "organisation": "Ghana Health Service, Human Resources Directorate",
        "country": "GH",
        "side": "sending",
        "languages": ["en"],
        "expertise": ["retention-return", "diaspora-engagement", "nursing", "rural health"],
        "language": "en",
        "timezone": "Africa/Accra",
    },
    {
        "name": "Aminata Kouyaté-Traoré",
        "email": "a.kouyate@sante.ml.example",
        "organisation": "Ministère de la Santé et du Développement social, Mali",
        "country": "ML",
        "side": "sending",
        "languages": ["fr", "en"],
        "expertise": ["bilateral-agreements", "midwifery", "gender"],
        "language": "fr",
        "timezone": "Africa/Bamako",
    },
    {
        "name": "Ramón Ibarra Salcedo",
        "email": "r.ibarra@minsalud.bo.example",
        "organisation": "Ministerio de Salud y Deportes, Bolivia",
        "country": "BO",
        "side": "sending",
        "languages": ["es", "en"],
        "expertise": ["workforce-data", "physicians", "circular migration"],
        "language": "es",
        "timezone": "America/La_Paz",
    },
    {
        "name": "Maricel Dumalagan Reyes",
        "email": "m.reyes@overseas-nurses.ph.example",
        "organisation": "Philippine Council of Overseas Nursing Affairs",
        "country": "PH",
        "side": "sending",
        "languages": ["en"],
        "expertise": ["ethical-recruitment", "nursing", "labour rights", "remittances"],
        "language": "en",
        "timezone": "Asia/Manila",
    },
    {
        "name": "Fiona MacAskill-Drummond",
        "email": "fiona.macaskill@workforce.gov.uk.example",
        "organisation": "International Workforce Unit, Department of Health, United Kingdom",
        "country": "GB",
        "side": "receiving",
        "languages": ["en"],
        "expertise": ["ethical-recruitment", "bilateral-agreements", "nursing"],
        "language": "en",
        "timezone": "Europe/London",
    },
    {
        "name": "Katrin Oberhauser-Wendt",
        "email": "k.oberhauser@bmg.de.example",
        "organisation": "Federal Ministry of Health, Germany",
        "country": "DE",
        "side": "receiving",
        "languages": ["en", "fr"],
        "expertise": ["bilateral-agreements", "training", "circular migration"],
        "language": "en",
        "timezone": "Europe/Berlin",
    },
    {
        "name": "Marie-Ève Tremblay-Okoro",
        "email": "me.tremblay@msss.qc.example",
        "organisation": "Ministère de la Santé et des Services sociaux, Québec",
        "country": "CA",
        "side": "receiving",
        "languages": ["fr", "en"],
        "expertise": ["workforce-data", "nursing", "training"],
        "language": "fr",
        "timezone": "America/Toronto",
    },
    {
        "name": "Carolyn Whitaker-Ruiz",
        "email": "c.whitaker@nursing-regulators.us.example",
        "organisation": "Interstate Council of Nursing Regulators",
        "country": "US",
        "side": "receiving",
        "languages": ["en", "es"],
        "expertise": ["workforce-data", "digital health", "nursing", "ethical-recruitment"],
        "language": "en",
        "timezone": "America/Chicago",
    },
    {
        "name": "Beatriz Almeida Couto",
        "email": "beatriz.couto@example.net",
        "organisation": "Independent researcher in health labour markets",
        "country": "BR",
        "side": "neither",
        "languages": ["pt", "es", "en"],
        "expertise": ["diaspora-engagement", "remittances", "gender", "workforce-data"],
        "language": "pt",
        "timezone": "America/Sao_Paulo",
    },
    {
        "name": "Arjun Raghavan Iyer",
        "email": "arjun.iyer@hwstudies.example",
        "organisation": "Institute for Health Workforce Studies (independent)",
        "country": "SG",
        "side": "neither",
        "languages": ["en"],
        "expertise": ["ethical-recruitment", "labour rights", "digital health", "physicians"],
        "language": "en",
        "timezone": "Asia/Singapore",
    },
]

# People who submit nominations.
NOMINATORS = [
    {
        "name": "Efua Asantewaa Quaye",
        "email": "e.quaye@gnmf.gh.example",
        "organisation": "Ghana Nurses and Midwives Forum",
        "country": "GH",
        "language": "en",
        "timezone": "Africa/Accra",
    },
    {
        "name": "Rohan Menon-Pillai",
        "email": "r.menon@cmhp.in.example",
        "organisation": "Centre for Migration and Health Policy, Thiruvananthapuram",
        "country": "IN",
        "language": "en",
        "timezone": "Asia/Kolkata",
    },
    {
        "name": "Lucía Fernández Orrego",
        "email": "lucia.fernandez@redandina.example",
        "organisation": "Red Andina de Recursos Humanos en Salud",
        "country": "PE",
        "language": "es",
        "timezone": "America/Lima",
    },
    {
        "name": "Mariam Diallo-Sène",
        "email": "m.diallo@sante.sn.example",
        "organisation": "Ministère de la Santé et de l'Action sociale, Sénégal",
        "country": "SN",
        "language": "fr",
        "timezone": "Africa/Dakar",
    },
    {
        "name": "Thandiwe Mokoena",
        "email": "t.mokoena@sahwo.za.example",
        "organisation": "Southern Africa Health Workforce Observatory",
        "country": "ZA",
        "language": "en",
        "timezone": "Africa/Johannesburg",
    },
    {
        "name": "Gareth Pryce-Ellis",
        "email": "g.pryce-ellis@fhrt.uk.example",
        "organisation": "Fair Health Recruitment Trust",
        "country": "GB",
        "language": "en",
        "timezone": "Europe/London",
    },
    {
        "name": "Joana Matsinhe Ribeiro",
        "email": "j.ribeiro@ifs.mz.example",
        "organisation": "Instituto de Formação em Saúde de Maputo",
        "country": "MZ",
        "language": "pt",
        "timezone": "Africa/Maputo",
    },
    {
        "name": "Corazon Villanueva-Dizon",
        "email": "cora.dizon@returnee-nurses.ph.example",
        "organisation": "Filipino Returnee Nurses Association",
        "country": "PH",
        "language": "en",
        "timezone": "Asia/Manila",
    },
    {
        "name": "Samuel Kiprono Rotich",
        "email": "s.rotich@health.ke.example",
        "organisation": "Ministry of Health, Kenya",
        "country": "KE",
        "language": "en",
        "timezone": "Africa/Nairobi",
    },
    {
        "name": "Ingrid Solvang Haugen",
        "email": "ingrid.haugen@ncgwe.no.example",
        "organisation": "Nordic Centre for Global Workforce Ethics",
        "country": "NO",
        "language": "en",
        "timezone": "Europe/Oslo",
    },
    {
        "name": "Marisol Cárdenas Quiroga",
        "email": "m.cardenas@unilitoral.uy.example",
        "organisation": "Universidad del Litoral Oriental, Facultad de Enfermería",
        "country": "UY",
        "language": "es",
        "timezone": "America/Montevideo",
    },
    {
        "name": "Tevita Fifita Lolohea",
        "email": "t.lolohea@pnec.to.example",
        "organisation": "Pacific Nursing Education Collaborative",
        "country": "TO",
        "language": "en",
        "timezone": "Pacific/Tongatapu",
    },
]

# Nominations per round: last year's closed round, this year's round under review, and next
# year's open round. "current" contains one deliberate near-duplicate pair (the Balik-Serbisyo
# programme, nominated twice) for the duplicate detector. ineligible_reason is "" unless
# eligible is False.
NOMINATIONS = {
    "previous": [
        {
            "nominator": "g.pryce-ellis@fhrt.uk.example",
            "category": "ethical-recruitment",
            "title": "Recruitment-Fee Reimbursement Guarantee for International Care Staff",
            "nominee_kind": "organisation",
            "nominee_name": "Northfield and Dales Health and Care Partnership",
            "nominee_organisation": "Northfield and Dales Health and Care Partnership",
            "nominee_email": "international.recruitment@ndhcp.uk.example",
            "nominee_website": "https://ndhcp.uk.example",
            "country": "GB",
            "linked_countries": ["GB", "IN", "PH"],
            "link_kind": "receiving",
            "themes": ["nursing", "labour rights"],
            "language": "en",
            "answers": {
                "summary": (
                    "A regional partnership of four hospitals and 61 care homes in northern "
                    "England guarantees that no internationally recruited nurse or care worker "
                    "bears any recruitment cost. Where workers arrive having paid fees to agents, "
                    "the partnership reimburses them in full within 90 days, then recovers the "
                    "money from the agency or removes the agency from its supplier list. The "
                    "guarantee is written into every supplier contract and checked through a "
                    "confidential interview with each new arrival, held in the worker's own "
                    "language."
                ),
                "description": (
                    "Between 2021 and 2023 the partnership found that more than a third of newly "
                    "arrived international care workers had paid fees to intermediaries in their "
                    "home country, typically the equivalent of four to eight months' wages, often "
                    "financed by loans at high interest. These debts kept workers in poor jobs "
                    "and made them reluctant to report abuse. The guarantee has three parts. "
                    "First, every recruitment supplier signs a contract clause accepting that the "
                    "employer pays all recruitment costs and that any fee taken from a worker "
                    "will be refunded and recovered. Second, every new arrival has a confidential "
                    "interview in their second week with a trained interviewer who speaks their "
                    "language and is not their line manager, asking what they paid, to whom, and "
                    "whether they hold their own passport. Third, a small reimbursement fund, "
                    "topped up by recovered money, pays workers within 90 days. Suppliers found "
                    "to have charged fees twice are removed from the approved list and reported "
                    "to the national regulator."
                ),
                "impact": (
                    "From April 2022 to March 2024, 1,146 internationally recruited staff were "
                    "interviewed on arrival, 97% of all arrivals. Of these, 212 reported having "
                    "paid fees, with a median of GBP 3,400. The partnership reimbursed GBP "
                    "702,000 to 208 workers, a median of 41 days after the interview, and "
                    "recovered GBP 515,000 (73%) from 14 agencies. Five agencies were removed "
                    "from the supplier list. Twelve-month retention of international recruits "
                    "rose from 71% to 88%, and the share of arrivals reporting fees fell from 31% "
                    "in the first quarter to 6% in the last."
                ),
                "ethics": (
                    "The Code states that migrant health workers should not bear recruitment "
                    "costs and should be treated fairly. The guarantee makes that principle "
                    "enforceable rather than aspirational, and it protects workers whose debts "
                    "would otherwise be a lever for exploitation. The partnership does not "
                    "recruit actively from countries on the WHO health workforce support and "
                    "safeguards list, and it shares the results of its supplier checks with the "
                    "national regulator so that other employers can act on them."
                ),
                "scalability": (
                    "The contract clause, interview guide and reimbursement procedure are "
                    "published under an open licence. Three other regional partnerships in "
                    "England have adopted them since 2023, and one Irish hospital group is "
                    "piloting them. Running costs of about GBP 90,000 a year for interviewers and "
                    "administration come from the partnership's recruitment budget, and are lower "
                    "than the cost of replacing the staff who used to leave in their first year."
                ),
                "references": (
                    "Northfield and Dales Health and Care Partnership. Paying for the journey: "
                    "recruitment fees among international care staff, 2022-2024. Internal "
                    "evaluation, 2024. https://ndhcp.uk.example/fees-report\nPryce-Ellis G. "
                    "Enforcing no-fee recruitment through supplier contracts. Fair Recruitment "
                    "Briefing No. 7. Fair Health Recruitment Trust; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "r.menon@cmhp.in.example",
            "category": "ethical-recruitment",
            "title": (
                "Public Register of Licensed Health Recruitment Agencies with an Open Complaints "
                "Log"
            ),
            "nominee_kind": "organisation",
            "nominee_name": "Health Sector Desk, Foreign Employment Bureau of Sri Lanka",
            "nominee_organisation": "Foreign Employment Bureau of Sri Lanka",
            "nominee_email": "health.desk@fe-bureau.lk.example",
            "nominee_website": "https://fe-bureau.lk.example/health",
            "country": "LK",
            "linked_countries": ["LK", "MV", "AE", "QA"],
            "link_kind": "sending",
            "themes": ["nursing", "labour rights", "digital health"],
            "language": "en",
            "answers": {
                "summary": (
                    "Sri Lanka's foreign employment bureau set up a dedicated desk for agencies "
                    "that recruit nurses, midwives and allied health workers for jobs abroad. "
                    "Every licensed agency appears on a public online register with its licence "
                    "status, the employers it serves, the fees it is allowed to charge employers, "
                    "and a running log of complaints and how they were resolved. Health workers "
                    "can check an agency before signing anything, and can file a complaint by "
                    "phone, online or through a hospital union representative."
                ),
                "description": (
                    "Before 2021 nurses looking for work in the Maldives and the Gulf relied on "
                    "word of mouth to judge recruitment agencies. Unlicensed sub-agents were "
                    "common, and complaints about withheld passports or contracts changed on "
                    "arrival rarely reached the authorities. The health desk combined three "
                    "existing functions in one place: agency licensing, complaint handling and "
                    "pre-departure registration. The register is updated daily from the licensing "
                    "database. Each complaint is logged with a reference number, the agency "
                    "named, the category of problem and the outcome, without personal details of "
                    "the worker. Agencies with three upheld complaints in a year are suspended "
                    "pending review. The desk also publishes a one-page model contract in "
                    "Sinhala, Tamil and English that workers can compare with the offer they "
                    "receive."
                ),
                "impact": (
                    "Between January 2022 and December 2023 the register received 148,000 visits. "
                    "Licensed agencies recruiting health workers fell from 63 to 41 as unlicensed "
                    "operators were identified and others merged. The desk logged 1,320 "
                    "complaints, of which 62% were resolved within 60 days, most often by "
                    "recovering unpaid wages or unlawful fees (a total of LKR 96 million returned "
                    "to workers). Nine agencies were suspended and three lost their licences. A "
                    "survey of 800 departing nurses found that 74% had checked the register "
                    "before signing."
                ),
                "ethics": (
                    "The register puts into practice the Code's call for transparency and for "
                    "regulation of recruiters. It places information in the hands of health "
                    "workers themselves and deters fee-charging. Because the desk also records "
                    "departures by profession and destination, the Ministry of Health now "
                    "receives quarterly figures that it uses in workforce planning, and it can "
                    "discuss recruitment volumes with destination countries on the basis of data "
                    "rather than estimates."
                ),
                "scalability": (
                    "The desk is funded from agency licence fees and has a permanent staff of "
                    "eleven. The software was built on an open-source case management platform "
                    "and could be reused by any country with an agency licensing system. "
                    "Officials from Nepal and Bangladesh have visited to study it, and the "
                    "regional migration dialogue has asked for a short implementation guide."
                ),
                "references": (
                    "Menon-Pillai R, Jayasekara D. Opening the black box: agency transparency and "
                    "nurse migration from Sri Lanka. Centre for Migration and Health Policy "
                    "Working Paper 14; 2023."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "ingrid.haugen@ncgwe.no.example",
            "category": "ethical-recruitment",
            "title": "Source-Country Impact Assessment before International Recruitment Drives",
            "nominee_kind": "organisation",
            "nominee_name": "Netherlands Hospital Workforce Consortium",
            "nominee_organisation": "Netherlands Hospital Workforce Consortium",
            "nominee_email": "info@nhwc.nl.example",
            "nominee_website": "https://nhwc.nl.example",
            "country": "NL",
            "linked_countries": ["NL", "ID", "SR"],
            "link_kind": "receiving",
            "themes": ["nursing", "training"],
            "language": "en",
            "answers": {
                "summary": (
                    "A consortium of 14 Dutch hospitals requires a short, structured impact "
                    "assessment before any member launches an international recruitment campaign. "
                    "The assessment asks what the campaign would mean for staffing in the source "
                    "country and region, consults that country's health ministry and nursing "
                    "council, and sets conditions such as caps on numbers, co-funded training "
                    "places or time-limited contracts. A campaign cannot proceed until the "
                    "consortium's ethics panel, which includes a source-country representative, "
                    "has approved the assessment."
                ),
                "description": (
                    "Dutch hospitals began recruiting nurses abroad in larger numbers in 2021, "
                    "and members were concerned that uncoordinated campaigns could drain small "
                    "health systems, including in countries with which the Netherlands has "
                    "historical ties. The consortium adapted the logic of environmental impact "
                    "assessment to recruitment. The template has twelve questions covering "
                    "nurse-to-population ratios, vacancy rates and training output in the source "
                    "country, the specialities targeted, and whether the source government has "
                    "been informed. The ethics panel meets monthly and may approve, approve with "
                    "conditions, or reject. Conditions are written into the campaign plan and "
                    "checked after twelve months. All assessments are published on the "
                    "consortium's website in Dutch and English. Rejections are explained in "
                    "writing to the hospital concerned and to the source-country ministry, and a "
                    "rejected campaign may be resubmitted with a different source region or a "
                    "smaller target."
                ),
                "impact": (
                    "From 2022 to 2024 the panel reviewed 23 proposed campaigns: 14 were "
                    "approved, 7 approved with conditions and 2 rejected because the source "
                    "region had fewer than 1.5 nurses per 1,000 people. Conditions led to 96 "
                    "co-funded nursing school places in Indonesia and a cap of 25 recruits a year "
                    "from Suriname. The 412 nurses recruited under approved campaigns had a "
                    "twelve-month retention of 91%. Source-country ministries rated the "
                    "consultation as useful in 9 of 11 follow-up interviews."
                ),
                "ethics": (
                    "The assessment gives practical form to the Code's principle that recruitment "
                    "should not undermine the health systems of source countries, and it brings "
                    "the source country into the decision rather than informing it afterwards. "
                    "Co-funded training places mean the source country gains capacity in return "
                    "for the nurses it loses."
                ),
                "scalability": (
                    "The template is short enough for a single hospital to use, and the "
                    "consortium has shared it with hospital federations in Belgium and Germany. "
                    "The ethics panel costs about EUR 40,000 a year and is funded by member "
                    "subscriptions. A national version is under discussion with the Dutch health "
                    "ministry."
                ),
                "references": (
                    "Netherlands Hospital Workforce Consortium. Recruitment impact assessments: "
                    "two-year review. 2024. https://nhwc.nl.example/review-2024"
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "e.quaye@gnmf.gh.example",
            "category": "retention-return",
            "title": "Guaranteed-Post Return Scheme for Ghanaian Nurses and Midwives Abroad",
            "nominee_kind": "organisation",
            "nominee_name": "Ghana Health Service, Human Resources Directorate",
            "nominee_organisation": "Ghana Health Service",
            "nominee_email": "returnscheme@ghs.gh.example",
            "nominee_website": "https://ghs.gh.example/return",
            "country": "GH",
            "linked_countries": ["GH", "GB", "US"],
            "link_kind": "sending",
            "themes": ["nursing", "midwifery", "rural health", "circular migration"],
            "language": "en",
            "answers": {
                "summary": (
                    "Ghana's health service offers nurses and midwives working abroad a "
                    "guaranteed public-sector post on return, with their seniority restored and "
                    "their foreign experience counted towards promotion. Returnees choose from a "
                    "list of posts in under-served districts and regional hospitals, receive a "
                    "relocation grant and a six-month mentoring period, and can use their "
                    "specialist skills in new clinical roles. The scheme turns a one-way loss "
                    "into a planned return of experienced staff."
                ),
                "description": (
                    "Many Ghanaian nurses who left for the United Kingdom and the United States "
                    "between 2005 and 2015 wanted to come home but feared losing their pension "
                    "rights and seniority, or waiting years for a post. The scheme, launched in "
                    "2019, removes these barriers. Applicants register online up to twelve months "
                    "before returning. The human resources directorate verifies their licence, "
                    "employment history abroad and any new qualifications, and offers a post "
                    "within 90 days. Years worked abroad count for seniority at half rate, and "
                    "specialist qualifications such as critical care or theatre nursing lead to "
                    "placement in units that need them. Returnees spend their first six months "
                    "paired with a local mentor, and a quarterly forum lets them raise problems "
                    "directly with the directorate."
                ),
                "impact": (
                    "Between 2019 and 2023, 684 nurses and midwives returned through the scheme, "
                    "61% of them to district hospitals outside Accra and Kumasi. Two years after "
                    "return, 87% were still in post. Returnees staffed 14 new intensive care and "
                    "dialysis units. In the 38 districts receiving returnees, the nurse vacancy "
                    "rate fell from 27% to 16%. An independent evaluation found that 72% of "
                    "returnees had trained local colleagues in at least one new skill."
                ),
                "ethics": (
                    "The scheme applies the Code's call for circular migration and for source "
                    "countries to make use of health workers who return. It respects the right of "
                    "health workers to move and to come back, and it ensures that skills gained "
                    "abroad benefit Ghana. Partner employers in destination countries share "
                    "information on nurses nearing the end of contracts, on a voluntary basis."
                ),
                "scalability": (
                    "The scheme is funded from the regular payroll budget, with a relocation "
                    "grant costing about USD 1,200 per returnee. The approach has been presented "
                    "to health ministries in Nigeria, Zimbabwe and Sierra Leone. It requires a "
                    "reliable licence verification process and a transparent list of vacant "
                    "posts, both of which are achievable for most ministries."
                ),
                "references": (
                    "Owusu K, Baidoo L, Asare-Bediako N. Coming home: an evaluation of the "
                    "guaranteed-post return scheme, 2019-2023. Accra: Ghana Nurses and Midwives "
                    "Forum; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "m.diallo@sante.sn.example",
            "category": "retention-return",
            "title": "Primes de fidélisation et logement des sages-femmes en zones rurales",
            "nominee_kind": "organisation",
            "nominee_name": "Direction régionale de la Santé du Poro",
            "nominee_organisation": (
                "Ministère de la Santé, de l'Hygiène publique et de la Couverture maladie "
                "universelle, Côte d'Ivoire"
            ),
            "nominee_email": "drs.poro@sante.ci.example",
            "nominee_website": "",
            "country": "CI",
            "linked_countries": ["CI", "FR", "CA"],
            "link_kind": "sending",
            "themes": ["midwifery", "rural health", "gender"],
            "language": "fr",
            "answers": {
                "summary": (
                    "La direction régionale de la santé a mis en place un paquet de fidélisation "
                    "pour les sages-femmes affectées dans les centres de santé ruraux : une prime "
                    "mensuelle liée à la durée de service, un logement sécurisé près du centre, "
                    "une formation continue certifiante et un accès prioritaire aux concours de "
                    "spécialisation après trois ans. L'objectif est de réduire les départs vers "
                    "les villes et vers l'étranger, notamment la France et le Canada, en rendant "
                    "les postes ruraux attractifs pour de jeunes femmes diplômées."
                ),
                "description": (
                    "En 2020, près d'un poste de sage-femme rurale sur trois était vacant dans la "
                    "région, et les enquêtes montraient que l'insécurité du logement et l'absence "
                    "de perspectives de carrière pesaient plus que le salaire dans la décision de "
                    "partir. Le paquet combine quatre mesures. La prime représente 15 % du "
                    "salaire de base la première année et monte à 30 % à partir de la troisième "
                    "année. Des logements ont été construits ou réhabilités avec les "
                    "collectivités locales, avec éclairage solaire et clôture. Un programme de "
                    "formation continue de 20 jours par an est validé par l'école nationale de "
                    "sages-femmes. Enfin, trois ans de service rural donnent un accès prioritaire "
                    "aux formations de spécialisation, très recherchées. Le dispositif est piloté "
                    "par un comité régional qui réunit la direction de la santé, les "
                    "collectivités et l'association des sages-femmes, et qui examine chaque "
                    "trimestre les départs et leurs motifs."
                ),
                "impact": (
                    "Entre 2020 et 2023, le taux de vacance des postes ruraux de sages-femmes est "
                    "passé de 31 % à 12 %. Sur 146 sages-femmes affectées, 118 (81 %) étaient "
                    "toujours en poste après trois ans, contre 52 % pour la cohorte précédente. "
                    "Quarante-deux logements ont été livrés. Le taux d'accouchements assistés par "
                    "du personnel qualifié dans les districts concernés a progressé de 58 % à 71 "
                    "%. Les demandes de certificats d'exercice pour l'étranger émanant de la "
                    "région ont diminué de moitié."
                ),
                "ethics": (
                    "Le Code mondial invite les pays à renforcer la fidélisation de leurs "
                    "personnels de santé, en particulier en zones rurales. Le projet s'attaque "
                    "aux causes du départ plutôt que de restreindre la liberté de circulation des "
                    "sages-femmes. Il tient compte des risques propres aux femmes affectées "
                    "seules en milieu rural, notamment en matière de sécurité du logement."
                ),
                "scalability": (
                    "La prime est désormais inscrite au budget régional et deux autres régions "
                    "ont adopté le même paquet en 2024. Le coût annuel est d'environ 1,8 million "
                    "de francs CFA par sage-femme. Le modèle convient à d'autres pays "
                    "francophones d'Afrique de l'Ouest où les mêmes contraintes de logement et de "
                    "carrière existent."
                ),
                "references": (
                    "Koné A, Yao B. Fidéliser les sages-femmes en zone rurale : évaluation à "
                    "trois ans. Rapport de la Direction régionale de la Santé du Poro ; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "e.quaye@gnmf.gh.example",
            "category": "retention-return",
            "title": "Return Fellowship for Liberian Specialist Physicians",
            "nominee_kind": "person",
            "nominee_name": "Josephine Kollie-Sumo",
            "nominee_organisation": "National Teaching Hospital, Monrovia",
            "nominee_email": "j.kolliesumo@nth.lr.example",
            "nominee_website": "",
            "country": "LR",
            "linked_countries": ["LR", "US", "GH"],
            "link_kind": "sending",
            "themes": ["physicians", "training", "circular migration"],
            "language": "en",
            "answers": {
                "summary": (
                    "Dr Josephine Kollie-Sumo, a Liberian obstetrician who trained and worked in "
                    "the United States for eleven years, designed and leads a fellowship that "
                    "brings Liberian specialist physicians home from abroad for an initial "
                    "two-year contract. Fellows receive a salary top-up, protected time to teach "
                    "residents, and a research stipend. A partner university in the United States "
                    "keeps them on its faculty as adjunct members, so that returning does not end "
                    "their academic careers."
                ),
                "description": (
                    "Liberia has fewer than 300 physicians for a population of more than five "
                    "million, and most of its specialists trained abroad and stayed there. When "
                    "Dr Kollie-Sumo returned in 2017 she found that returning specialists left "
                    "again within a year, mostly because of isolation, lack of equipment and the "
                    "loss of academic standing. She negotiated an arrangement under which fellows "
                    "are employed by the teaching hospital, receive a top-up funded by a diaspora "
                    "foundation and a US university partner, and keep an adjunct appointment at "
                    "that university. Fellows teach in the national residency programme, which "
                    "she also helped to establish, and return to the partner university for four "
                    "weeks a year for research and skills updates. Each fellow agrees a teaching "
                    "and service plan with the hospital's medical director at the start of the "
                    "contract, and progress is reviewed every six months."
                ),
                "impact": (
                    "Since 2018, 19 specialists have returned as fellows in obstetrics, surgery, "
                    "internal medicine, paediatrics and anaesthesia. Sixteen were still "
                    "practising in Liberia at the end of 2023, 12 after their initial contract "
                    "ended. Fellows have supervised 74 residents, of whom 58 graduated and 55 "
                    "remain in the country. Maternal deaths after caesarean section at the "
                    "teaching hospital fell from 2.1% to 0.9% of operations between 2017 and 2023."
                ),
                "ethics": (
                    "The fellowship reverses the usual direction of specialist migration while "
                    "respecting the choices of individual physicians. Benefits are shared: the "
                    "partner university gains research collaboration and teaching sites, and "
                    "Liberia gains specialists and trainers. The design follows the Code's "
                    "encouragement of circular migration and of cooperation between source and "
                    "destination countries."
                ),
                "scalability": (
                    "Funding comes from the diaspora foundation, the partner university and, "
                    "since 2022, a line in the Ministry of Health budget covering a third of the "
                    "top-ups. The model has been adapted by a teaching hospital in Sierra Leone. "
                    "Its main requirements are a committed academic partner abroad and a "
                    "residency programme to teach in."
                ),
                "references": (
                    "Kollie-Sumo J, Weah P. Bringing specialists home: five years of the Liberian "
                    "return fellowship. West African Journal of Medical Education (fictional); "
                    "2024."
                ),
            },
            "consent_showcase": False,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "s.rotich@health.ke.example",
            "category": "bilateral-agreements",
            "title": "County-to-Trust Nurse Compact with One-for-One Training Reinvestment",
            "nominee_kind": "organisation",
            "nominee_name": (
                "Nakuru County Department of Health and Severnside University Hospitals"
            ),
            "nominee_organisation": "Nakuru County Department of Health",
            "nominee_email": "compact@nakuru-health.ke.example",
            "nominee_website": "https://nakuru-health.ke.example/compact",
            "country": "KE",
            "linked_countries": ["KE", "GB"],
            "link_kind": "both",
            "themes": ["nursing", "training", "circular migration"],
            "language": "en",
            "answers": {
                "summary": (
                    "A Kenyan county health department and an English hospital trust signed a "
                    "five-year compact under which the trust recruits experienced Kenyan nurses "
                    "who are unemployed or underemployed at home, on three-year contracts, and in "
                    "return funds one new nursing student place in the county for every nurse it "
                    "recruits. Returning nurses are guaranteed a county post. The compact is "
                    "reviewed every year by a joint committee that includes the Kenyan nurses' "
                    "union."
                ),
                "description": (
                    "Kenya trains more nurses than its public sector can currently employ, while "
                    "English hospitals face persistent vacancies. Ad hoc recruitment benefited "
                    "neither side: Kenyan nurses paid agents and the county lost its most "
                    "experienced staff without compensation. The compact, signed in 2020, "
                    "restricts recruitment to nurses who have been registered for at least two "
                    "years and are not in a public-sector post, so that county services are not "
                    "stripped. The trust pays all recruitment costs and funds a training place, "
                    "about GBP 3,600 over three years, for each recruit. Nurses work for three "
                    "years in England with full employment rights and then choose whether to "
                    "return to a guaranteed post or stay. A joint committee publishes an annual "
                    "report on numbers, retention and training places."
                ),
                "impact": (
                    "By December 2023 the trust had recruited 240 nurses under the compact, and "
                    "240 additional nursing students were enrolled at two county colleges, "
                    "increasing annual intake by 35%. Eighty-one nurses had completed their "
                    "contracts, of whom 46 returned to county posts and brought specialist "
                    "experience in critical care and oncology. Annual turnover among compact "
                    "nurses at the trust was 6%, compared with 14% for other international "
                    "recruits. No nurse reported paying recruitment fees."
                ),
                "ethics": (
                    "The compact follows the Code's emphasis on mutuality of benefits: Kenya "
                    "gains training capacity and returning skills, while the trust fills "
                    "vacancies. It avoids harm by recruiting only from an unemployed pool, and it "
                    "treats nurses as equals in pay, rights and career development. The annual "
                    "joint review and the union's participation provide accountability."
                ),
                "scalability": (
                    "The compact has been adapted by two other Kenyan counties and one further "
                    "English trust. Its cost to the trust is modest compared with agency fees. It "
                    "depends on a source country with a surplus of trained but unemployed health "
                    "workers, and on a joint committee with real authority. A short guide to "
                    "drafting reinvestment clauses has been published."
                ),
                "references": (
                    "Joint Compact Committee. Nakuru-Severnside nurse compact: third annual "
                    "report. 2023. https://nakuru-health.ke.example/compact/report-2023\nRotich "
                    "S, Hale M. Reinvestment clauses in health worker mobility agreements. Health "
                    "Workforce Policy Notes (fictional); 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "lucia.fernandez@redandina.example",
            "category": "bilateral-agreements",
            "title": "Convenio de movilidad circular de enfermeras entre Azuay y el Levante",
            "nominee_kind": "organisation",
            "nominee_name": "Red Hospitalaria Pública del Levante y Universidad Andina del Azuay",
            "nominee_organisation": "Red Hospitalaria Pública del Levante",
            "nominee_email": "movilidad@rhlevante.es.example",
            "nominee_website": "https://rhlevante.es.example/movilidad",
            "country": "EC",
            "linked_countries": ["EC", "ES"],
            "link_kind": "both",
            "themes": ["nursing", "circular migration", "training"],
            "language": "es",
            "answers": {
                "summary": (
                    "Una red de hospitales públicos españoles y una universidad ecuatoriana "
                    "firmaron un convenio de movilidad circular para enfermeras tituladas. Las "
                    "enfermeras trabajan dos años en España con contrato público y formación en "
                    "especialidades, y luego regresan a Ecuador a un puesto docente o asistencial "
                    "acordado de antemano. La red financia becas para estudiantes de enfermería "
                    "en la universidad de origen, de modo que la salida temporal de profesionales "
                    "se compensa con nueva capacidad formativa."
                ),
                "description": (
                    "Muchas enfermeras ecuatorianas emigraban a España por cuenta propia, sin "
                    "reconocimiento de su título durante meses y a menudo en empleos por debajo "
                    "de su cualificación. El convenio, vigente desde 2019, organiza ese "
                    "movimiento. La universidad selecciona a enfermeras con al menos tres años de "
                    "experiencia; la red tramita la homologación del título antes del viaje y "
                    "ofrece un contrato de dos años con el mismo salario que el personal español. "
                    "Durante la estancia, cada enfermera completa un programa de formación en "
                    "cuidados intensivos, urgencias o salud mental. Al regresar, se incorpora a "
                    "la universidad como tutora clínica o a un hospital público de Azuay. Por "
                    "cada enfermera contratada, la red financia una beca completa de "
                    "licenciatura. Un comité mixto de la red y la universidad revisa cada año el "
                    "número de plazas, las especialidades ofrecidas y los puestos disponibles "
                    "para el regreso."
                ),
                "impact": (
                    "Entre 2019 y 2023 participaron 118 enfermeras; 97 completaron el ciclo y 84 "
                    "(87 %) regresaron a Ecuador según lo previsto. Las retornadas ocupan 31 "
                    "plazas de tutoría clínica y han formado a más de 600 estudiantes. La red "
                    "financió 118 becas, y la matrícula de enfermería de la universidad creció un "
                    "22 %. En España, la red cubrió el 40 % de sus vacantes de verano en unidades "
                    "críticas con participantes del programa."
                ),
                "ethics": (
                    "El convenio aplica los principios del Código de la OMS sobre migración "
                    "circular y beneficio mutuo: España obtiene personal cualificado y Ecuador "
                    "recupera profesionales con nuevas competencias, además de becas. Las "
                    "enfermeras no pagan ningún costo de contratación y tienen los mismos "
                    "derechos laborales que sus colegas españolas. El convenio limita el número "
                    "anual de plazas para no afectar los servicios de Azuay."
                ),
                "scalability": (
                    "El modelo es replicable entre otros pares de regiones con vínculos "
                    "migratorios fuertes. Su costo principal, las becas, se financia con el "
                    "presupuesto de la red. Dos universidades peruanas han solicitado información "
                    "para un acuerdo similar. El comité mixto ha publicado el texto del convenio "
                    "y una guía práctica para la homologación anticipada de títulos, que es el "
                    "paso que más tiempo ahorra a las participantes."
                ),
                "references": (
                    "Cordero M, Vidal R. Movilidad circular de enfermeras entre Ecuador y España: "
                    "evaluación 2019-2023. Cuadernos de Recursos Humanos en Salud (ficticio); "
                    "2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "t.lolohea@pnec.to.example",
            "category": "bilateral-agreements",
            "title": "Pacific Multi-Country Nurse Mobility Protocol",
            "nominee_kind": "organisation",
            "nominee_name": "Pacific Nursing Regulators Forum",
            "nominee_organisation": "Pacific Nursing Regulators Forum",
            "nominee_email": "secretariat@pnrf.fj.example",
            "nominee_website": "https://pnrf.fj.example",
            "country": "TO",
            "linked_countries": ["TO", "FJ", "NZ", "AU"],
            "link_kind": "both",
            "themes": ["nursing", "circular migration", "training"],
            "language": "en",
            "answers": {
                "summary": (
                    "Nursing regulators from eight Pacific island countries, New Zealand and "
                    "Australia agreed a common protocol for nurses moving between them. It sets "
                    "shared standards for verifying qualifications, a fast-track registration "
                    "route for Pacific nurses taking up time-limited posts in New Zealand and "
                    "Australia, and a commitment by destination employers to release nurses for "
                    "return periods during local emergencies. Small island health systems gain "
                    "predictability and nurses gain a fair, faster route to work abroad and back."
                ),
                "description": (
                    "Small Pacific health systems can lose a large share of their nurses in a "
                    "single recruitment round, and nurses who leave often find it hard to return. "
                    "The protocol was negotiated over two years and adopted in 2021. It has three "
                    "parts. A shared verification checklist means a nurse's qualifications are "
                    "checked once and accepted by all participating regulators. A fast-track "
                    "registration route allows Pacific nurses to start time-limited posts of up "
                    "to three years in New Zealand or Australia within eight weeks. Destination "
                    "employers commit to release participating nurses for up to eight weeks to "
                    "return home during disease outbreaks or cyclones, with their posts held "
                    "open. The forum monitors flows and can ask members to pause recruitment from "
                    "a country whose nurse numbers fall below an agreed threshold."
                ),
                "impact": (
                    "From 2021 to 2023, 356 nurses used the fast-track route, with median "
                    "registration time falling from 31 to 7 weeks. Participating employers "
                    "released 48 nurses to return home during two cyclone responses and a measles "
                    "outbreak. Recruitment from one country was paused for six months in 2022 "
                    "after its nurse vacancy rate passed 20%. The forum's quarterly flow reports "
                    "are now used by four health ministries in budget planning."
                ),
                "ethics": (
                    "The protocol applies the Code's principles on mutual benefit, circular "
                    "migration and protection of fragile health systems. The pause mechanism is a "
                    "rare example of a destination country agreeing in advance to limit "
                    "recruitment when a source country is under strain. Nurses themselves benefit "
                    "from faster registration, lower costs and the security of a route home."
                ),
                "scalability": (
                    "The protocol is maintained by the regulators' forum at low cost, within "
                    "existing budgets. Its structure, with shared verification, fast-track "
                    "registration, emergency release and a recruitment pause trigger, could serve "
                    "other regional groupings such as the Caribbean or the Southern African "
                    "Development Community. A review of the protocol's legal basis in each member "
                    "country is planned for 2025."
                ),
                "references": (
                    "Pacific Nursing Regulators Forum. Nurse mobility protocol: implementation "
                    "report 2021-2023. Suva; 2024. https://pnrf.fj.example/protocol-report"
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "t.mokoena@sahwo.za.example",
            "category": "diaspora-engagement",
            "title": (
                "Diaspora-Funded Clinical Skills Laboratory at Hawassa Regional Health Science "
                "College"
            ),
            "nominee_kind": "organisation",
            "nominee_name": "Ethiopian Health Professionals Abroad Network",
            "nominee_organisation": "Ethiopian Health Professionals Abroad Network",
            "nominee_email": "contact@ehpan.org.example",
            "nominee_website": "https://ehpan.org.example",
            "country": "ET",
            "linked_countries": ["ET", "US", "SE"],
            "link_kind": "both",
            "themes": ["nursing", "midwifery", "training", "remittances"],
            "language": "en",
            "answers": {
                "summary": (
                    "A network of Ethiopian nurses, midwives and doctors living in the United "
                    "States and Sweden raised funds to build and equip a clinical skills "
                    "laboratory at a regional health science college, and now sends members twice "
                    "a year to teach simulation-based courses there. The laboratory trains "
                    "nursing and midwifery students in emergency obstetric care, neonatal "
                    "resuscitation and infection prevention, skills that students previously "
                    "learned only on patients."
                ),
                "description": (
                    "The college trains about 900 nursing and midwifery students a year but had "
                    "no simulation facilities, and students often graduated without having "
                    "managed a post-partum haemorrhage or resuscitated a newborn. The network "
                    "raised USD 310,000 from 1,400 members between 2018 and 2020, mostly in small "
                    "monthly contributions, and worked with the college to design the laboratory. "
                    "Equipment was bought locally where possible so that it could be repaired "
                    "locally. Members who are clinical educators abroad travel at their own "
                    "expense for two-week teaching blocks, and they have trained 22 college staff "
                    "as simulation instructors so that the laboratory does not depend on "
                    "visitors. A joint committee of college staff and network members sets the "
                    "teaching calendar each year and decides which equipment to replace. The "
                    "college's own clinical instructors now lead most courses, with diaspora "
                    "visitors supporting advanced modules."
                ),
                "impact": (
                    "Since it opened in 2021, the laboratory has trained 3,100 students. Pass "
                    "rates in the national licensing examination for midwifery rose from 64% to "
                    "83%. At the three hospitals where most graduates are placed, facility "
                    "neonatal mortality fell from 24 to 17 per 1,000 live births between 2020 and "
                    "2023, although other programmes also contributed. Student satisfaction with "
                    "clinical preparation, measured by the college's exit survey, rose from 41% "
                    "to 78%."
                ),
                "ethics": (
                    "The network channels diaspora commitment into the source country's training "
                    "capacity, which the Code identifies as a key way of mitigating the effects "
                    "of migration. It is owned by the college, not the diaspora, and it trains "
                    "local instructors so that the benefit lasts. Members contribute voluntarily "
                    "and no one is asked to give up a career abroad."
                ),
                "scalability": (
                    "The college now covers running costs from its budget, and the network "
                    "finances equipment replacement. The network has published a guide on "
                    "designing low-cost skills laboratories, and a second laboratory is under "
                    "construction in another region. Members in Canada and Germany have asked to "
                    "support the second site, and the guide has been translated into Amharic."
                ),
                "references": (
                    "Alemu T, Lindgren S. Diaspora contributions to health professional education "
                    "in Ethiopia: the Hawassa skills laboratory. Journal of Diaspora and Health "
                    "(fictional); 2023."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "m.diallo@sante.sn.example",
            "category": "diaspora-engagement",
            "title": "Annual Diaspora Surgical Teaching Camps in Cameroon's North-West Region",
            "nominee_kind": "person",
            "nominee_name": "Emmanuel Tabi Nkwenti",
            "nominee_organisation": "Centre hospitalier régional de la Vallée du Lot",
            "nominee_email": "e.nkwenti@chr-lot.fr.example",
            "nominee_website": "",
            "country": "CM",
            "linked_countries": ["CM", "FR", "US"],
            "link_kind": "both",
            "themes": ["physicians", "training"],
            "language": "en",
            "answers": {
                "summary": (
                    "Emmanuel Tabi Nkwenti, a Cameroonian general surgeon working in France, "
                    "organises two-week surgical teaching camps each year at district hospitals "
                    "in Cameroon. Diaspora surgeons, anaesthetists and theatre nurses from France "
                    "and the United States operate alongside local teams, but the focus is on "
                    "teaching: every procedure is performed by or with a local doctor, and local "
                    "teams keep the instruments and protocols after the camp."
                ),
                "description": (
                    "District hospitals in the region often have general doctors who must perform "
                    "emergency surgery with little training. Since 2016 Dr Nkwenti has recruited "
                    "about 30 diaspora colleagues a year, who take leave and pay their own "
                    "travel. Each camp has a curriculum agreed with the regional health "
                    "delegation, for example caesarean section, hernia repair and trauma "
                    "management. Local doctors are assessed before and after, and those who reach "
                    "the required standard receive a certificate recognised by the national "
                    "surgical society. Between camps, participants join monthly video case "
                    "reviews. The regional delegation chooses the host hospitals each year on the "
                    "basis of referral data, and the camps bring donated instruments that are "
                    "handed over to the hospital's theatre team, with training in sterilisation "
                    "and maintenance so that they remain in use."
                ),
                "impact": (
                    "Over eight camps, 142 local doctors and nurses have been trained and 1,860 "
                    "operations performed. Of 61 general doctors assessed, 44 were certified for "
                    "independent emergency surgery. Referrals for emergency surgery from the five "
                    "participating districts fell by 38%, reducing long transfers on poor roads. "
                    "Post-operative infection rates at the host hospitals, tracked by the "
                    "regional delegation, fell from 9% to 5% over the same period."
                ),
                "ethics": (
                    "The camps channel diaspora skills into the source country without asking "
                    "professionals to give up their careers abroad. They strengthen local "
                    "capacity rather than replacing it, consistent with the Code's emphasis on "
                    "health system strengthening in source countries. Visiting professionals do "
                    "not practise without a local counterpart, and all activity is agreed with "
                    "the regional health delegation."
                ),
                "scalability": (
                    "The camps run on volunteers and donations, which limits their size. The "
                    "regional delegation now pays for local logistics, and a French hospital has "
                    "agreed to release staff for camps as part of its international cooperation "
                    "programme. The curriculum and assessment tools have been shared with "
                    "diaspora groups from Nigeria and the Democratic Republic of the Congo, who "
                    "are planning similar camps."
                ),
                "references": (
                    "Nkwenti ET, Fru A. Teaching camps for district surgery: eight years of "
                    "experience. Pan-African Surgical Education Review (fictional); 2023."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "g.pryce-ellis@fhrt.uk.example",
            "category": "diaspora-engagement",
            "title": (
                "Remittance-Backed Housing Cooperative for Rural Health Workers in Sierra Leone"
            ),
            "nominee_kind": "organisation",
            "nominee_name": "Sierra Leone Health Diaspora Association",
            "nominee_organisation": "Sierra Leone Health Diaspora Association",
            "nominee_email": "info@slhda.org.example",
            "nominee_website": "https://slhda.org.example",
            "country": "SL",
            "linked_countries": ["SL", "GB", "US"],
            "link_kind": "both",
            "themes": ["remittances", "rural health", "nursing"],
            "language": "en",
            "answers": {
                "summary": (
                    "Sierra Leonean health workers in the United Kingdom and the United States "
                    "pool part of their remittances in a cooperative investment fund that builds "
                    "rented housing for nurses and midwives posted to rural health centres. Rents "
                    "are set below market and are paid by the health ministry's housing "
                    "allowance; surpluses return to the investors as a modest dividend. Diaspora "
                    "savings thus help solve one of the main reasons rural posts stay empty."
                ),
                "description": (
                    "Lack of safe housing is the reason most often given by nurses refusing rural "
                    "postings in Sierra Leone. The association created a cooperative in 2019 in "
                    "which members invest from GBP 20 a month. The cooperative works with "
                    "district councils that provide land, and builds small compounds of four to "
                    "six units near health centres. Tenants are health workers posted by the "
                    "ministry, and rent is deducted from their housing allowance. The cooperative "
                    "is audited annually and publishes its accounts to members. Designs use local "
                    "materials and contractors, and each compound has solar power and a water "
                    "tank. A tenants' committee at each site reports maintenance needs to the "
                    "cooperative, which keeps a repair reserve of 10% of rental income. Members "
                    "vote each year on where the next compound will be built, choosing among "
                    "sites proposed by district health teams according to vacancy rates and "
                    "distance from the nearest town."
                ),
                "impact": (
                    "By 2023 the cooperative had 620 investors, had raised GBP 410,000 and had "
                    "built 84 housing units at 17 health centres. Occupancy was 96%. In these "
                    "centres, staff vacancies fell from 41% to 18%, and the average time nurses "
                    "remained in post rose from 14 to 29 months. Investors received a 3% dividend "
                    "in 2022 and 2023. District health teams report that posts at the centres "
                    "with housing are now filled within weeks rather than months."
                ),
                "ethics": (
                    "The cooperative is a voluntary way for the diaspora to reinvest in the "
                    "health system it left, in line with the Code's encouragement of diaspora "
                    "contributions. It does not pressure anyone to return, and it improves "
                    "conditions for the health workers who stay. Tenancy terms are written in "
                    "plain language and health workers keep their full allowance if no "
                    "cooperative housing is available."
                ),
                "scalability": (
                    "The model could work wherever there is a sizeable health diaspora and a "
                    "housing problem in rural postings. Its financial sustainability depends on "
                    "regular payment of housing allowances by the ministry, which has so far been "
                    "reliable. The association has published a guide for other diaspora groups, "
                    "and members in the United States have started a second fund."
                ),
                "references": (
                    "Sierra Leone Health Diaspora Association. Housing cooperative annual report "
                    "and accounts 2023. London; 2024."
                ),
            },
            "consent_showcase": False,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "m.cardenas@unilitoral.uy.example",
            "category": "workforce-data",
            "title": "Shared Caribbean Nurse Licence Verification Platform",
            "nominee_kind": "organisation",
            "nominee_name": "Caribbean Nursing Regulatory Network",
            "nominee_organisation": "Caribbean Nursing Regulatory Network",
            "nominee_email": "verify@cnrn.tt.example",
            "nominee_website": "https://cnrn.tt.example",
            "country": "TT",
            "linked_countries": ["TT", "JM", "BB", "GY", "GB", "US", "CA"],
            "link_kind": "both",
            "themes": ["nursing", "digital health"],
            "language": "en",
            "answers": {
                "summary": (
                    "Nursing councils in twelve Caribbean countries built a shared platform "
                    "through which overseas regulators and employers verify a Caribbean nurse's "
                    "licence and training with one electronic request, with the nurse's consent. "
                    "Every request is logged, so each council now knows, month by month, how many "
                    "of its nurses are seeking registration abroad and in which countries. The "
                    "platform replaced slow paper verification and created the region's first "
                    "reliable data on nurse emigration."
                ),
                "description": (
                    "Caribbean nursing councils used to answer verification requests by letter, "
                    "which took up to three months and left no usable record. Small councils had "
                    "no way of knowing how many nurses were preparing to leave until wards were "
                    "already short-staffed. The platform, launched in 2020, holds an encrypted "
                    "copy of each council's register. Overseas regulators submit requests through "
                    "a secure portal, the nurse approves the request, and a verified certificate "
                    "is issued within five working days. Each council sees a dashboard of "
                    "requests by destination, speciality and age group, and the network publishes "
                    "a quarterly regional summary. Regulators in the United Kingdom, the United "
                    "States and Canada accepted the platform as an official verification source "
                    "in 2021. Nurses can see who has requested their records and can withdraw "
                    "consent at any time."
                ),
                "impact": (
                    "In 2021-2023 the platform processed 9,840 verification requests, with median "
                    "turnaround falling from 74 days to 4. Data showed that requests from one "
                    "country rose fourfold in 2022, which led its health ministry to negotiate "
                    "retention measures and a bilateral training agreement with a recruiting "
                    "employer. Councils now report emigration intentions to ministries every "
                    "quarter. Two councils used the platform's records to update their registers, "
                    "removing 1,900 nurses who had left practice."
                ),
                "ethics": (
                    "The platform applies the Code's provisions on data and information exchange. "
                    "Nurses benefit from faster, cheaper verification, while source countries "
                    "gain early warning of outflows that they can raise with destination "
                    "countries and employers. No individual data are shared without the nurse's "
                    "consent, and published summaries contain only aggregated figures. The data "
                    "give source countries a factual basis for bilateral discussions."
                ),
                "scalability": (
                    "Verification fees paid by overseas regulators cover running costs. The "
                    "design is documented and has been presented to regulators in West Africa and "
                    "the Pacific, where similar small-council problems exist. The software is "
                    "owned by the network, not a vendor, and the network has budgeted for a "
                    "security audit every two years. New members pay a one-time connection fee."
                ),
                "references": (
                    "Caribbean Nursing Regulatory Network. Verification platform: three-year "
                    "report. Port of Spain; 2024. https://cnrn.tt.example/report"
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "t.mokoena@sahwo.za.example",
            "category": "workforce-data",
            "title": "Emigration Intentions Panel of Final-Year Medical and Nursing Students",
            "nominee_kind": "organisation",
            "nominee_name": "Health Workforce Research Unit, University of Kigali Hills",
            "nominee_organisation": "University of Kigali Hills",
            "nominee_email": "hwru@ukh.rw.example",
            "nominee_website": "https://hwru.ukh.rw.example",
            "country": "RW",
            "linked_countries": ["RW", "BE", "GB"],
            "link_kind": "sending",
            "themes": ["physicians", "nursing", "training"],
            "language": "en",
            "answers": {
                "summary": (
                    "A university research unit surveys every final-year medical and nursing "
                    "student in the country about their plans to work abroad, then follows the "
                    "same cohort for five years. The panel shows who actually leaves, when and "
                    "why, and which policies change their decisions. The health ministry uses the "
                    "findings to design retention measures and to plan training numbers. The full "
                    "dataset is available to other researchers on request."
                ),
                "description": (
                    "Intention surveys are common, but most are one-off and overstate actual "
                    "emigration. Since 2018 the unit has enrolled all final-year students at the "
                    "country's medical school and five nursing schools, about 1,100 a year, with "
                    "a response rate above 90%. Participants answer a short online questionnaire "
                    "every year for five years, receiving mobile data credit as a thank-you. Data "
                    "are linked, with consent, to the professional register, which shows whether "
                    "a graduate is still practising in the country. The unit publishes an annual "
                    "brief for the ministry with specific recommendations. The panel also asks "
                    "graduates who have left whether they would consider returning, and under "
                    "what conditions, which has informed a return and reintegration pilot. "
                    "Questions are reviewed every two years with the ministry and the "
                    "professional councils so that the panel answers current policy questions."
                ),
                "impact": (
                    "The panel now follows 5,400 graduates. It found that 38% of medical "
                    "graduates intended to emigrate, but only 11% had left after three years, and "
                    "that the main predictor of leaving was failure to obtain a specialist "
                    "training place. The ministry responded by adding 45 residency places in "
                    "2021, and the three-year emigration rate of doctors in the 2021 cohort fell "
                    "to 7%."
                ),
                "ethics": (
                    "The panel supports the Code's call for better data on health worker "
                    "migration and for evidence-based retention policies. Participation is "
                    "voluntary, data are anonymised in all reports, and the work respects "
                    "graduates' right to migrate. Findings are shared with the students' "
                    "associations before publication, and the unit does not share any individual "
                    "data with employers or recruiters."
                ),
                "scalability": (
                    "The unit's annual cost is about USD 65,000, now shared between the "
                    "university and the ministry. The survey instrument and linkage protocol are "
                    "open and have been adopted by researchers in Malawi. The panel could be set "
                    "up in other countries where a professional register can be linked to survey "
                    "data under appropriate consent and data protection rules."
                ),
                "references": (
                    "Uwase D, Habimana J. Who leaves? Five-year follow-up of Rwandan health "
                    "graduates. Health Workforce Research Unit Brief 5; 2023."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "j.ribeiro@ifs.mz.example",
            "category": "workforce-data",
            "title": "Painel de monitoramento da emigração de médicos brasileiros",
            "nominee_kind": "organisation",
            "nominee_name": (
                "Observatório de Recursos Humanos em Saúde, Universidade Federal do Planalto "
                "Central"
            ),
            "nominee_organisation": "Universidade Federal do Planalto Central",
            "nominee_email": "observatorio@ufpc.br.example",
            "nominee_website": "https://observatorio.ufpc.br.example",
            "country": "BR",
            "linked_countries": ["BR", "PT"],
            "link_kind": "sending",
            "themes": ["physicians", "digital health"],
            "language": "pt",
            "answers": {
                "summary": (
                    "O observatório criou um painel público que cruza dados dos conselhos de "
                    "medicina do Brasil e de Portugal para mostrar, mês a mês, quantos médicos "
                    "brasileiros pedem registro para trabalhar em Portugal, de que estados e "
                    "especialidades saem e quantos regressam. O painel substituiu estimativas "
                    "dispersas por números confiáveis e permite que gestores estaduais "
                    "identifiquem rapidamente as especialidades em risco."
                ),
                "description": (
                    "Até 2020, a emigração de médicos brasileiros para Portugal era conhecida "
                    "apenas por notícias e estimativas. O observatório negociou acordos de "
                    "partilha de dados com o conselho federal de medicina e com a ordem "
                    "profissional portuguesa, que fornecem registros anonimizados com estado de "
                    "origem, especialidade e data de inscrição. Os dados são atualizados "
                    "mensalmente e publicados num painel aberto, com indicadores por estado e por "
                    "especialidade. O observatório também publica notas técnicas semestrais e "
                    "responde a pedidos de análise de secretarias estaduais de saúde. O painel "
                    "também identifica médicos que retornam ao Brasil e volta a inscrevê-los, o "
                    "que permite estimar pela primeira vez a migração de retorno. Um comitê "
                    "consultivo com representantes dos conselhos, do ministério e de associações "
                    "de médicos residentes define anualmente os indicadores prioritários e revisa "
                    "a metodologia de cruzamento dos dados."
                ),
                "impact": (
                    "Entre 2021 e 2023, o painel registrou 6.300 pedidos de registro em Portugal "
                    "por médicos formados no Brasil, com forte concentração em medicina de "
                    "família e anestesiologia. Três estados usaram os dados para criar incentivos "
                    "de fixação em anestesiologia, e a taxa de saída nessa especialidade caiu 18% "
                    "nesses estados. O painel teve 41.000 acessos em 2023. A ordem profissional "
                    "portuguesa passou a usar os mesmos dados no seu planejamento de vagas de "
                    "formação especializada."
                ),
                "ethics": (
                    "O painel aplica as disposições do Código da OMS sobre intercâmbio de dados e "
                    "informação entre países. Não restringe a mobilidade dos médicos; dá aos dois "
                    "países uma base comum para o diálogo sobre recrutamento e formação. Os dados "
                    "individuais nunca são divulgados; o painel mostra apenas agregados por "
                    "estado e especialidade, e o protocolo foi aprovado por um comitê de ética em "
                    "pesquisa."
                ),
                "scalability": (
                    "O custo anual é de cerca de 250 mil reais, coberto pela universidade e por "
                    "um convênio com o ministério. A metodologia pode ser aplicada a enfermeiros "
                    "e a outros pares de países com dados de registro comparáveis. O código do "
                    "painel é aberto, e o observatório oferece apoio técnico gratuito a outras "
                    "instituições interessadas em reproduzir a metodologia."
                ),
                "references": (
                    "Observatório de Recursos Humanos em Saúde. Nota técnica 4: a emigração "
                    "médica Brasil-Portugal, 2021-2023. Brasília; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
    ],
    "current": [
        {
            "nominator": "g.pryce-ellis@fhrt.uk.example",
            "category": "ethical-recruitment",
            "title": "Ethical Recruiter Compliance Index for Health Recruitment Agencies",
            "nominee_kind": "organisation",
            "nominee_name": "Global Care Mobility Watch",
            "nominee_organisation": "Global Care Mobility Watch",
            "nominee_email": "index@caremobilitywatch.org.example",
            "nominee_website": "https://caremobilitywatch.org.example/index",
            "country": "GB",
            "linked_countries": ["GB", "IN", "PH", "ZA", "GH"],
            "link_kind": "both",
            "themes": ["nursing", "labour rights", "digital health"],
            "language": "en",
            "answers": {
                "summary": (
                    "The Compliance Index scores health recruitment agencies against the WHO "
                    "Global Code of Practice and national codes, using a published methodology, "
                    "evidence requested from the agencies, and anonymous surveys of the nurses "
                    "and care workers they have placed. Scores are published twice a year, so "
                    "that employers, regulators and health workers themselves can see which "
                    "agencies charge no fees, issue honest contracts and avoid recruiting from "
                    "countries on the WHO safeguards list. Agencies that decline to take part are "
                    "listed as not assessed."
                ),
                "description": (
                    "Employers in receiving countries often say they only use ethical agencies, "
                    "but until recently there was no independent way to check. The index, "
                    "launched in 2022, assesses agencies on 28 indicators grouped in five areas: "
                    "fees and costs to workers, contract transparency, treatment on arrival, "
                    "active recruitment from safeguard-list countries, and handling of "
                    "complaints. Evidence comes from three sources: documents the agency "
                    "supplies, such as template contracts and fee schedules; an anonymous "
                    "multilingual survey of workers placed in the past two years, reached through "
                    "diaspora associations and unions; and public records such as tribunal "
                    "decisions. Each agency receives a score from 0 to 100 and a confidential "
                    "report on where it fell short, and may respond before publication. An "
                    "advisory board with members from source-country nursing councils, a trade "
                    "union and an employers' federation reviews the methodology every year. The "
                    "index is free for employers and health workers to consult."
                ),
                "impact": (
                    "Three rounds have assessed 74 agencies that together placed about 21,000 "
                    "health workers in the United Kingdom and Ireland in 2023. The 2,930 survey "
                    "responses showed that the share of workers reporting any fee fell from 24% "
                    "to 11% between the first and third rounds among agencies assessed in both. "
                    "Eleven large NHS employers and two national procurement frameworks now "
                    "require a minimum index score. Nineteen agencies changed their contract "
                    "templates after receiving their confidential reports, and four withdrew from "
                    "recruiting in safeguard-list countries."
                ),
                "ethics": (
                    "The index turns the Code's voluntary principles on fair recruitment into a "
                    "public, comparable measure. Because workers' own testimony counts for 40% of "
                    "the score, agencies cannot rely on paper policies. Source-country regulators "
                    "sit on the advisory board and receive country-level summaries that help them "
                    "act on abuses in their own jurisdictions. The index is funded by "
                    "foundations, not by the agencies it rates."
                ),
                "scalability": (
                    "The methodology and survey are published in English, Hindi, Tagalog and "
                    "French, and a Canadian employers' association has asked to adapt the index "
                    "for long-term care recruitment. Running costs are about GBP 180,000 a year. "
                    "A planned subscription for procurement frameworks would cover half of this "
                    "from 2026 while keeping access free for workers."
                ),
                "references": (
                    "Global Care Mobility Watch. Compliance Index methodology, version 3. 2024. "
                    "https://caremobilitywatch.org.example/method\nHale M, Dizon C. Worker "
                    "testimony as evidence of recruiter compliance. International Migration and "
                    "Health Review (fictional); 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "s.rotich@health.ke.example",
            "category": "ethical-recruitment",
            "title": "Zero-Fee Recruitment Pledge and Audit for Kenyan Nurses Hired in the Gulf",
            "nominee_kind": "organisation",
            "nominee_name": "State Department for Diaspora Affairs, Health Mobility Unit",
            "nominee_organisation": "Government of Kenya",
            "nominee_email": "health.mobility@diaspora.go.ke.example",
            "nominee_website": "https://diaspora.go.ke.example/health",
            "country": "KE",
            "linked_countries": ["KE", "SA", "AE", "QA"],
            "link_kind": "sending",
            "themes": ["nursing", "labour rights", "gender"],
            "language": "en",
            "answers": {
                "summary": (
                    "Kenya's health mobility unit requires every agency recruiting Kenyan nurses "
                    "for Gulf employers to sign a zero-fee pledge, backed by a bank guarantee, "
                    "and audits compliance through interviews with nurses three months after "
                    "arrival. The interviews are carried out by Kenyan nurses already working in "
                    "the Gulf who have been trained as peer monitors. Agencies found to have "
                    "charged fees lose the guarantee, which is used to reimburse the nurses "
                    "concerned."
                ),
                "description": (
                    "Government-to-government arrangements have opened Gulf hospital jobs to "
                    "Kenyan nurses, but many nurses still paid intermediaries between KES 150,000 "
                    "and KES 400,000 for medical tests, document processing and so-called "
                    "training. In 2022 the unit made a zero-fee pledge a condition of agency "
                    "registration for health placements. Each agency lodges a guarantee of KES 5 "
                    "million with a commercial bank. Every nurse receives a card before "
                    "departure, in English and Kiswahili, listing what is free and how to report "
                    "a demand for payment. Three months after arrival, a peer monitor contacts "
                    "each nurse by phone or in person and records whether any payment was "
                    "demanded, whether the contract matched the offer, and whether the nurse "
                    "holds her own passport. Peer monitors are paid a small stipend and are "
                    "supported by the labour attachés at Kenyan missions. Complaints are reviewed "
                    "by a panel that includes the nurses' union and can order reimbursement from "
                    "the guarantee within 60 days."
                ),
                "impact": (
                    "Between July 2022 and June 2024, 3,870 nurses were placed by 22 registered "
                    "agencies, and peer monitors reached 3,410 of them (88%). Fee demands were "
                    "reported by 9% of nurses in the first year and 4% in the second. The panel "
                    "ordered KES 61 million in reimbursements to 318 nurses, drawn from the "
                    "guarantees of six agencies, two of which were deregistered. Reports of "
                    "passport retention fell from 17% to 5%."
                ),
                "ethics": (
                    "The pledge applies the Code's principle that health workers should not bear "
                    "recruitment costs, and it reaches nurses in destination countries where "
                    "Kenyan regulators have no jurisdiction. Kenya recruits only from its pool of "
                    "unemployed registered nurses for these placements. Most of those placed are "
                    "women, and the peer monitors are trained to identify and refer cases of "
                    "harassment."
                ),
                "scalability": (
                    "The guarantees and stipends are self-financing, and the unit's staff costs "
                    "are in the regular budget. Uganda and Tanzania, which send nurses to the "
                    "same employers, have asked for the pledge template and monitoring protocol. "
                    "The model depends on cooperation from labour attachés in destination "
                    "countries. A regional meeting of labour ministries in 2025 will discuss a "
                    "common guarantee scheme."
                ),
                "references": (
                    "Health Mobility Unit. Zero-fee pledge monitoring report, July 2022 to June "
                    "2024. Nairobi; 2024.\nWanjiru E, Rotich S. Peer monitoring of ethical "
                    "recruitment: lessons from Kenyan nurses in the Gulf. East African Health "
                    "Policy Journal (fictional); 2025."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "ingrid.haugen@ncgwe.no.example",
            "category": "ethical-recruitment",
            "title": "Ethical Recruitment Clause in Norwegian Municipal Care Procurement",
            "nominee_kind": "organisation",
            "nominee_name": "Association of Norwegian Municipalities, Procurement Section",
            "nominee_organisation": "Association of Norwegian Municipalities",
            "nominee_email": "procurement@kommunenett.no.example",
            "nominee_website": "https://kommunenett.no.example/procurement",
            "country": "NO",
            "linked_countries": ["NO", "PH", "IN", "LT"],
            "link_kind": "receiving",
            "themes": ["nursing", "labour rights"],
            "language": "en",
            "answers": {
                "summary": (
                    "Norwegian municipalities buy much of their home care and nursing home "
                    "staffing from private providers, who in turn recruit abroad. The "
                    "municipalities' association drafted a standard procurement clause that "
                    "obliges every provider to follow the WHO Global Code, pay all recruitment "
                    "costs, and disclose the source countries of its recruits. Compliance is "
                    "checked through a shared audit programme, so that small municipalities do "
                    "not need to build their own capacity to enforce the clause."
                ),
                "description": (
                    "By 2021 more than a fifth of nurses in some Norwegian municipal care "
                    "services had been recruited abroad, many through staffing providers whose "
                    "practices municipalities could not see. Each municipality wrote its own "
                    "tender terms, and few mentioned recruitment ethics. The association's legal "
                    "team drafted a clause, tested it with six municipalities and published it in "
                    "2022 as part of the national standard tender documents. Providers must "
                    "declare all recruitment intermediaries, show that no fees are charged to "
                    "workers, and report annually the number of recruits by country of training. "
                    "Recruitment from countries on the WHO safeguards list requires prior written "
                    "consent from the municipality. A shared audit programme, paid for by a levy "
                    "of 0.2% on contract value, samples providers every year and interviews a "
                    "selection of their internationally recruited staff in their own language. "
                    "Breaches can lead to financial penalties and, for repeated breaches, "
                    "termination of the contract."
                ),
                "impact": (
                    "By the end of 2024, 214 of 356 municipalities had used the clause in at "
                    "least one tender, covering contracts worth about NOK 9.4 billion. Audits of "
                    "38 providers found fee-charging intermediaries at five, all of which "
                    "replaced those intermediaries; two were fined. Providers' declared "
                    "recruitment from safeguard-list countries fell from 7% of recruits in 2022 "
                    "to under 1% in 2024. For the first time the health ministry has national "
                    "data on the origin of internationally recruited municipal care staff."
                ),
                "ethics": (
                    "The clause extends the Code's obligations along the supply chain, to private "
                    "providers who recruit on behalf of public authorities. It protects workers "
                    "from fees, respects the Code's restraint on active recruitment from "
                    "safeguard-list countries, and produces the data the Code asks member states "
                    "to collect and report. Workers interviewed in audits are protected from "
                    "retaliation by the contract terms."
                ),
                "scalability": (
                    "Any public purchaser of health or care staffing can adopt the clause, and "
                    "the association has translated it into English. Health authorities in "
                    "Denmark and Finland are reviewing it. The audit levy makes the programme "
                    "self-funding, and pooling the audits keeps costs low for small "
                    "municipalities. The clause text is short and can be inserted into existing "
                    "tender documents without legal redrafting."
                ),
                "references": (
                    "Association of Norwegian Municipalities. Ethical recruitment in care "
                    "procurement: audit results 2023-2024. Oslo; 2025.\nHaugen IS. Procurement as "
                    "a lever for ethical international recruitment. Nordic Journal of Health "
                    "Governance (fictional); 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "cora.dizon@returnee-nurses.ph.example",
            "category": "ethical-recruitment",
            "title": "Standard Employment Contract for Overseas Filipino Health Workers",
            "nominee_kind": "organisation",
            "nominee_name": "Overseas Health Workers Standards Board",
            "nominee_organisation": "Department of Migrant Workers, Philippines",
            "nominee_email": "standards.board@dmw.ph.example",
            "nominee_website": "https://dmw.ph.example/health-contract",
            "country": "PH",
            "linked_countries": ["PH", "SA", "GB", "US", "SG"],
            "link_kind": "sending",
            "themes": ["nursing", "labour rights", "gender"],
            "language": "en",
            "answers": {
                "summary": (
                    "The Philippines negotiated a standard employment contract for nurses and "
                    "other health workers deployed overseas. It sets minimum terms on pay, "
                    "working hours, rest days, accommodation, sick leave and repatriation, and "
                    "bars clauses that make workers pay for breaking a contract early. Every "
                    "overseas health job offer processed through the Philippine system must now "
                    "use the standard contract or a version verified as equal or better, in a "
                    "format that workers can compare line by line with their offer."
                ),
                "description": (
                    "Filipino nurses have long reported contracts that changed after arrival, "
                    "excessive hours, and so-called training bonds requiring them to repay large "
                    "sums if they left an employer early. In 2021 a tripartite board with "
                    "government, employer and nurses' association representatives began drafting "
                    "a single standard. The resulting contract, in force since 2023, has 24 "
                    "clauses in plain English and Filipino. It fixes a maximum 48-hour week, one "
                    "rest day in seven, employer-paid return airfare, and prohibits repayment "
                    "clauses for recruitment or training costs. Destination employers who use "
                    "their own contract submit it for verification; the board checks it clause by "
                    "clause against the standard and publishes a list of verified employers. "
                    "Before departure, nurses attend a session where they compare their contract "
                    "with the standard and are told how to report breaches to Philippine labour "
                    "attachés abroad."
                ),
                "impact": (
                    "In 2023 and 2024, 31,400 health workers were deployed under the standard or "
                    "a verified contract. The board reviewed 1,180 employer contracts and "
                    "required changes to 412, most often to remove repayment clauses or add rest "
                    "days. Complaints about contract substitution received by labour attachés "
                    "from health workers fell by 46% compared with 2021-2022. The nurses' "
                    "association reports that early-termination repayment demands have almost "
                    "disappeared among its members in the United Kingdom and Singapore."
                ),
                "ethics": (
                    "The standard contract gives effect to the Code's provisions on fair "
                    "treatment and equal rights for migrant health workers. It was negotiated "
                    "with nurses' representatives and applies regardless of the destination "
                    "country, so that workers going to countries with weaker labour protection "
                    "benefit most. The verification list also gives destination employers a clear "
                    "incentive to offer fair terms, since verified employers are preferred by "
                    "applicants."
                ),
                "scalability": (
                    "The board is funded from the existing deployment processing budget. Because "
                    "the contract is a public document with an open verification list, other "
                    "sending countries can adopt it with little adaptation. Sri Lanka and "
                    "Indonesia have requested technical assistance, and a regional version is "
                    "being discussed within ASEAN. The contract is reviewed every two years by "
                    "the tripartite board."
                ),
                "references": (
                    "Overseas Health Workers Standards Board. First report on the standard "
                    "employment contract, 2023-2024. Manila; 2025.\nDizon CV. Bonds, breaches and "
                    "bargaining: Filipino nurses' contracts abroad. Returnee Nurses Policy Paper "
                    "3; 2022."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "r.menon@cmhp.in.example",
            "category": "ethical-recruitment",
            "title": "Know Before You Go: Pre-Departure Rights Training for Nepali Nurses",
            "nominee_kind": "organisation",
            "nominee_name": "Nursing Association of Nepal, Migration Support Cell",
            "nominee_organisation": "Nursing Association of Nepal",
            "nominee_email": "migration.cell@nan.np.example",
            "nominee_website": "https://nan.np.example/know-before-you-go",
            "country": "NP",
            "linked_countries": ["NP", "GB", "QA", "AE", "AU"],
            "link_kind": "sending",
            "themes": ["nursing", "labour rights", "gender", "training"],
            "language": "en",
            "answers": {
                "summary": (
                    "The nursing association runs a free three-day pre-departure course for "
                    "nurses who have accepted jobs abroad, covering their rights under the WHO "
                    "Global Code and destination-country law, how to read a contract, how to spot "
                    "illegal fees, and where to get help. Every participant is linked to a named "
                    "contact among Nepali nurses already working in the destination country. The "
                    "course is delivered in Kathmandu and in four provincial centres, and as a "
                    "weekend online version."
                ),
                "description": (
                    "Nepali nurses leaving for the Gulf, the United Kingdom and Australia often "
                    "relied on agents for all their information. Many discovered only after "
                    "arrival that they had paid fees that should have been paid by the employer, "
                    "or that their visa tied them to a single employer. The association designed "
                    "the course in 2021 with returnee nurses, a labour lawyer and a psychologist. "
                    "Day one covers the Code, fees and contracts, with exercises using real "
                    "anonymised contracts. Day two covers destination-country rights, including "
                    "registration, overtime, and what to do in cases of harassment. Day three "
                    "deals with remittances, savings and staying connected with the Nepali "
                    "professional register, so that nurses can return without losing their "
                    "licence. Each participant is matched with a mentor in the destination "
                    "country through the association's network of 420 volunteer mentors. A "
                    "hotline staffed by returnee nurses takes calls from abroad."
                ),
                "impact": (
                    "From 2021 to 2024, 5,260 nurses completed the course, about 60% of those "
                    "registered for work abroad. In a follow-up survey six months after arrival "
                    "(n=1,840), participants were less likely than non-participants to have paid "
                    "any fee (12% compared with 31%) and more likely to have reported a problem "
                    "to an official body (38% compared with 14%). The hotline handled 2,100 "
                    "calls, and 96 cases were referred to Nepali labour attachés."
                ),
                "ethics": (
                    "The course applies the Code's emphasis on informing migrant health workers "
                    "of their rights and on fair recruitment. It does not discourage migration "
                    "but equips nurses to migrate safely. By keeping nurses connected to the "
                    "Nepali register, it also supports the Code's aim of enabling return. "
                    "Returnee nurses who teach the course are paid for their time, which values "
                    "the experience they gained abroad."
                ),
                "scalability": (
                    "The course is funded by a small fee paid by destination employers who have "
                    "signed the association's ethical employer charter, plus a grant from a "
                    "Nordic foundation. The curriculum is modular, and nursing associations in "
                    "Bangladesh and Sri Lanka have adapted parts of it. The association is "
                    "discussing with the government how the course could become a standard part "
                    "of pre-departure registration."
                ),
                "references": (
                    "Nursing Association of Nepal. Know Before You Go: evaluation report "
                    "2021-2024. Kathmandu; 2025."
                ),
            },
            "consent_showcase": False,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "g.pryce-ellis@fhrt.uk.example",
            "category": "ethical-recruitment",
            "title": (
                "Provincial Ethical Recruitment Framework for Internationally Educated Nurses"
            ),
            "nominee_kind": "organisation",
            "nominee_name": "Prairie Province Health Workforce Secretariat",
            "nominee_organisation": "Prairie Province Ministry of Health",
            "nominee_email": "ien.framework@health.prairie.ca.example",
            "nominee_website": "https://health.prairie.ca.example/ien",
            "country": "CA",
            "linked_countries": ["CA", "PH", "IN", "NG"],
            "link_kind": "receiving",
            "themes": ["nursing", "training", "labour rights"],
            "language": "en",
            "answers": {
                "summary": (
                    "A Canadian province adopted a binding framework for recruiting "
                    "internationally educated nurses. It bans fees to nurses, funds bridging "
                    "education and licensing costs, guarantees a paid supervised practice period, "
                    "and prohibits active recruitment from countries on the WHO safeguards list. "
                    "Health authorities report every year on how many nurses they recruited, from "
                    "where, and how many stayed. The framework also funds clinical training "
                    "places in two source countries."
                ),
                "description": (
                    "The province faced nurse vacancy rates above 12% in rural hospitals and had "
                    "begun recruiting abroad through several health authorities acting "
                    "separately. Nurses reported waiting up to three years for licensing, often "
                    "working as care aides in the meantime. The framework, adopted in 2022, "
                    "brings recruitment under one set of rules. Health authorities may recruit "
                    "only through approved agencies that charge no fees to nurses. Recruits "
                    "receive a paid bridging programme of 12 to 20 weeks, followed by supervised "
                    "practice at full nurse pay once registered. Licensing costs and the first "
                    "year's professional insurance are covered. Health authorities must publish "
                    "annual data on recruits by country of training, employment outcomes and "
                    "retention. Finally, the province funds 60 clinical instructor positions a "
                    "year at nursing schools in two source countries, as a contribution to "
                    "training capacity there."
                ),
                "impact": (
                    "Between 2022 and 2024, 1,420 internationally educated nurses were recruited "
                    "under the framework. Median time from arrival to full registration fell from "
                    "26 months to 9 months. Eighteen-month retention was 89%, and 71% of recruits "
                    "worked in rural or northern facilities. Rural nurse vacancy rates fell from "
                    "12.4% to 7.8%. The instructor positions supported clinical training for an "
                    "estimated 2,400 nursing students in the Philippines and India."
                ),
                "ethics": (
                    "The framework aligns provincial recruitment with the Code: no active "
                    "recruitment from safeguard-list countries, no fees, equal pay and rights, "
                    "and a tangible contribution to source-country training. Publishing annual "
                    "data supports the Code's transparency provisions. Source-country nursing "
                    "schools choose how the instructor positions are used, and the province "
                    "reports the funding to both governments. Recruits have the same union "
                    "membership, pay scales and protections as Canadian-trained nurses from their "
                    "first day of supervised practice."
                ),
                "scalability": (
                    "The framework is funded through the provincial health budget at about CAD 34 "
                    "million a year, of which bridging education is the largest item. Two other "
                    "provinces have adopted similar rules. The framework is written in "
                    "regulation, which gives it durability beyond a single government's term. The "
                    "federal government has cited it in national guidance."
                ),
                "references": (
                    "Prairie Province Health Workforce Secretariat. Internationally educated "
                    "nurses: annual report 2024. 2025. "
                    "https://health.prairie.ca.example/ien/report-2024"
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "lucia.fernandez@redandina.example",
            "category": "ethical-recruitment",
            "title": "Fair Fee Guarantee for Nurses Placed in German Hospitals",
            "nominee_kind": "organisation",
            "nominee_name": "CareBridge Staffing GmbH",
            "nominee_organisation": "CareBridge Staffing GmbH",
            "nominee_email": "info@carebridge-staffing.de.example",
            "nominee_website": "https://carebridge-staffing.de.example",
            "country": "DE",
            "linked_countries": ["DE", "MX", "TN"],
            "link_kind": "receiving",
            "themes": ["nursing", "training"],
            "language": "en",
            "answers": {
                "summary": (
                    "CareBridge Staffing, a private recruitment agency, places nurses from Mexico "
                    "and Tunisia in German hospitals under a Fair Fee Guarantee: the agency "
                    "charges nurses nothing and recovers all costs from the hospitals that employ "
                    "them. The package includes German language training to B2 level, help with "
                    "recognition of qualifications, and a dedicated integration coach during the "
                    "first year in Germany. The agency commits to following the WHO Global Code "
                    "in all its recruitment."
                ),
                "description": (
                    "German hospitals need thousands of nurses, and recognition of foreign "
                    "qualifications can take more than a year. CareBridge was founded in 2019 to "
                    "offer hospitals a complete service. Candidates are selected in Mexico City "
                    "and Tunis, study German for nine months at partner language schools, and "
                    "prepare their recognition files with the agency's help. Once in Germany, "
                    "they start as nursing assistants while completing an adaptation course, then "
                    "move to full registered nurse roles. Each nurse has an integration coach who "
                    "helps with housing, banking and family reunification. The hospital pays the "
                    "agency a placement fee of EUR 12,500 per nurse, covering language training, "
                    "travel and coaching. If a nurse leaves within two years, the agency replaces "
                    "them at no additional cost to the hospital. The agency states that no fee is "
                    "ever charged to candidates and that it does not recruit in countries on the "
                    "WHO safeguards list."
                ),
                "impact": (
                    "Since 2019 CareBridge has placed 610 nurses in 34 German hospitals. Of "
                    "these, 540 have obtained full recognition, with a median of 14 months after "
                    "arrival. Two-year retention with the first employer is 82%. Client hospitals "
                    "rate the service 4.6 out of 5 in the agency's satisfaction survey. The "
                    "agency plans to expand to Colombia and Uzbekistan in 2026 and to place 300 "
                    "nurses a year."
                ),
                "ethics": (
                    "CareBridge follows the employer-pays principle of the WHO Global Code and "
                    "offers nurses training and support that they would otherwise pay for "
                    "themselves. It recruits only in countries not on the safeguards list and "
                    "offers equal pay once nurses are recognised. Nurses sign a training "
                    "agreement with the agency but are not required to repay costs if they change "
                    "employer."
                ),
                "scalability": (
                    "The model is commercially sustainable because hospitals pay for the service. "
                    "It can be extended to other professions and destination countries, and the "
                    "agency is negotiating with care home groups in Austria. The company expects "
                    "to double its turnover by 2027 and is seeking investment to open offices in "
                    "two further source countries, with language schools operated under franchise "
                    "by local partners."
                ),
                "references": (
                    "CareBridge Staffing GmbH. Company impact report 2024. Hamburg; 2025."
                ),
            },
            "consent_showcase": False,
            "status": "submitted",
            "eligible": False,
            "ineligible_reason": (
                "The nominee is a for-profit recruitment agency and the nomination describes its "
                "own fee-earning placement service. Rule 3.4 of the award excludes commercial "
                "recruitment services from nomination; the agency may be cited as a partner in a "
                "nomination led by a public or non-profit body."
            ),
        },
        {
            "nominator": "m.diallo@sante.sn.example",
            "category": "ethical-recruitment",
            "title": "Charte tunisienne de recrutement éthique des infirmiers vers l'Europe",
            "nominee_kind": "organisation",
            "nominee_name": "Observatoire national de la migration des professionnels de santé",
            "nominee_organisation": "Ministère de la Santé, Tunisie",
            "nominee_email": "onmps@sante.tn.example",
            "nominee_website": "https://onmps.sante.tn.example",
            "country": "TN",
            "linked_countries": ["TN", "DE", "FR", "BE"],
            "link_kind": "sending",
            "themes": ["nursing", "training", "labour rights"],
            "language": "fr",
            "answers": {
                "summary": (
                    "La Tunisie a adopté une charte de recrutement éthique que tout employeur ou "
                    "intermédiaire étranger doit signer pour recruter des infirmiers diplômés en "
                    "Tunisie. La charte interdit les frais à la charge des infirmiers, impose la "
                    "transparence des contrats, et demande aux employeurs une contribution à la "
                    "formation infirmière tunisienne. Un observatoire national suit les départs "
                    "et publie chaque année la liste des signataires et leurs engagements tenus "
                    "ou non."
                ),
                "description": (
                    "Depuis 2020, le recrutement d'infirmiers tunisiens par des hôpitaux et des "
                    "maisons de retraite en Allemagne, en France et en Belgique a fortement "
                    "augmenté, souvent par des agences privées dont certaines facturaient des "
                    "frais de dossier et de formation linguistique. Les écoles publiques "
                    "perdaient une partie de leurs jeunes diplômés sans aucune compensation. La "
                    "charte, adoptée en 2022 après une concertation avec l'ordre des infirmiers, "
                    "les syndicats et les ambassades des pays recruteurs, fixe trois engagements. "
                    "Premièrement, aucun frais ne peut être demandé à l'infirmier, y compris pour "
                    "les cours de langue. Deuxièmement, le contrat, traduit en arabe et en "
                    "français, est remis avant le départ et enregistré auprès de l'observatoire. "
                    "Troisièmement, l'employeur verse pour chaque infirmier recruté une "
                    "contribution de 2 000 euros à un fonds de formation géré par le ministère. "
                    "L'observatoire enregistre les recrutements, vérifie les plaintes et publie "
                    "un rapport annuel."
                ),
                "impact": (
                    "Entre 2022 et 2024, 96 employeurs et 14 agences ont signé la charte, et 2 "
                    "850 infirmiers sont partis dans ce cadre. Le fonds de formation a reçu 5,7 "
                    "millions d'euros, qui ont financé 180 postes d'enseignants cliniques et "
                    "l'équipement de 11 laboratoires de simulation. La part des infirmiers "
                    "déclarant avoir payé des frais est passée de 38 % en 2021 à 7 % en 2024, "
                    "selon l'enquête de l'observatoire. Trois agences ont été radiées de la liste "
                    "des signataires."
                ),
                "ethics": (
                    "La charte applique les principes du Code mondial de l'OMS : recrutement "
                    "transparent, absence de frais pour les travailleurs et bénéfices mutuels "
                    "entre pays d'origine et de destination. La contribution au fonds de "
                    "formation permet à la Tunisie de reconstituer sa capacité de formation au "
                    "lieu de subir les départs."
                ),
                "scalability": (
                    "Le fonds et l'observatoire sont financés par les contributions des "
                    "employeurs, sans charge pour le budget de l'État. Le Maroc et le Sénégal ont "
                    "demandé à étudier la charte, et une version adaptée aux médecins est en "
                    "préparation. La charte est révisée tous les deux ans avec les représentants "
                    "des employeurs et des infirmiers, et son texte est publié en arabe, en "
                    "français et en allemand pour faciliter l'adhésion de nouveaux employeurs."
                ),
                "references": (
                    "Observatoire national de la migration des professionnels de santé. Rapport "
                    "annuel 2024. Tunis ; 2025.\nBen Salah R, Hamdi L. Faire payer le recrutement "
                    ": le fonds de formation tunisien. Revue maghrébine de santé publique "
                    "(fictive) ; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "cora.dizon@returnee-nurses.ph.example",
            "category": "retention-return",
            "title": "Balik-Serbisyo Return and Reintegration Programme for Filipino Nurses",
            "nominee_kind": "organisation",
            "nominee_name": "Balik-Serbisyo Programme Office",
            "nominee_organisation": "Department of Health, Philippines",
            "nominee_email": "balikserbisyo@doh.ph.example",
            "nominee_website": "https://doh.ph.example/balik-serbisyo",
            "country": "PH",
            "linked_countries": ["PH", "SA", "AE", "GB", "US"],
            "link_kind": "sending",
            "themes": ["nursing", "rural health", "circular migration", "training"],
            "language": "en",
            "answers": {
                "summary": (
                    "Balik-Serbisyo (back to service) helps Filipino nurses returning from abroad "
                    "to re-enter the public health system. Returnees receive a refresher and "
                    "recognition course that credits their overseas experience, a fast-tracked "
                    "public-sector appointment at a salary grade that reflects their years "
                    "abroad, and a reintegration allowance for the first six months. Priority is "
                    "given to posts in provincial hospitals and rural health units, where "
                    "returnees also mentor younger nurses."
                ),
                "description": (
                    "Thousands of Filipino nurses return each year at the end of contracts "
                    "abroad, but many used to leave nursing altogether because public-sector "
                    "hiring ignored their overseas experience and started them at entry level. "
                    "The programme, launched in 2021, has four parts. A two-week refresher and "
                    "recognition course updates returnees on Philippine protocols and assesses "
                    "the specialist skills they gained abroad. A points system converts overseas "
                    "service into salary steps, so a nurse with eight years abroad starts several "
                    "grades above entry level. A reintegration allowance of PHP 15,000 a month "
                    "for six months covers the gap before the first salary is paid. Finally, "
                    "returnees are offered posts in provinces with the highest vacancy rates, "
                    "with additional hardship pay in geographically isolated areas. Returnees "
                    "commit to two years of public service, and those with critical care or "
                    "emergency experience help set up training for local staff."
                ),
                "impact": (
                    "From 2021 to 2024, 3,940 nurses applied and 2,860 were appointed, 64% "
                    "outside Metro Manila. Two years after appointment, 81% remained in public "
                    "service. Returnees were credited with setting up 47 in-service training "
                    "programmes in critical care, dialysis and infection control. In the 22 "
                    "provinces with the most returnees, nurse vacancy rates in public hospitals "
                    "fell from 19% to 11%."
                ),
                "ethics": (
                    "The programme gives effect to the Code's encouragement of return and "
                    "circular migration, and it recognises the skills that migrant nurses bring "
                    "home rather than penalising them for having left. Participation is "
                    "voluntary, and the two-year commitment is not backed by financial penalties. "
                    "Returnees are consulted through an annual survey, and the results are "
                    "published and used to adjust the programme."
                ),
                "scalability": (
                    "The programme is funded from the regular Department of Health budget, at "
                    "about PHP 420 million a year. It requires a transparent points system and "
                    "reliable vacancy data, and could be adopted by other countries with large "
                    "numbers of returning nurses, such as India or Jamaica. Local government "
                    "units increasingly add their own incentives."
                ),
                "references": (
                    "Department of Health. Balik-Serbisyo programme report, 2021-2024. Manila; "
                    "2025.\nVillanueva-Dizon C. Coming home to nursing: returnee experiences in "
                    "provincial hospitals. Filipino Returnee Nurses Association; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "r.menon@cmhp.in.example",
            "category": "retention-return",
            "title": "Balik Serbisyo Return & Reintegration Program for Filipino Nurses",
            "nominee_kind": "organisation",
            "nominee_name": "Department of Health, Philippines (Balik Serbisyo Program)",
            "nominee_organisation": "Department of Health, Philippines",
            "nominee_email": "balikserbisyo@doh.ph.example",
            "nominee_website": "https://doh.ph.example/balik-serbisyo",
            "country": "PH",
            "linked_countries": ["PH", "SA", "GB", "US"],
            "link_kind": "sending",
            "themes": ["nursing", "circular migration", "rural health"],
            "language": "en",
            "answers": {
                "summary": (
                    "The Philippine Department of Health's Balik Serbisyo program brings nurses "
                    "who have worked abroad back into public hospitals and rural health units. It "
                    "recognises overseas experience in salary grading, provides a short refresher "
                    "course and a six-month reintegration allowance, and directs returnees to "
                    "provinces with high vacancy rates. As a research centre that studies nurse "
                    "migration in Asia, we consider it one of the most complete return programmes "
                    "in the region."
                ),
                "description": (
                    "Our centre studied return migration of nurses in India, Sri Lanka and the "
                    "Philippines between 2020 and 2024. In most countries returning nurses face "
                    "long delays in public hiring and are placed at entry level regardless of "
                    "experience. The Philippine program, started in 2021, addresses this "
                    "directly. Returnees complete a refresher course and an assessment of the "
                    "skills they gained abroad. Their years of overseas service are converted "
                    "into salary steps. They receive a monthly allowance for six months and are "
                    "offered posts in the provinces with the most vacancies, with hardship pay in "
                    "isolated areas. In return they agree to serve for two years. The program "
                    "also uses returnees with specialist experience as trainers for local nurses, "
                    "which spreads the benefit of skills acquired abroad. We nominate it because "
                    "it is a government program at national scale, not a pilot, and because it "
                    "has been evaluated."
                ),
                "impact": (
                    "According to Department of Health figures, about 2,800 nurses were appointed "
                    "under the program between 2021 and 2024, most of them outside Metro Manila, "
                    "and around 80% were still in public service after two years. Vacancy rates "
                    "in public hospitals in the provinces receiving most returnees fell by about "
                    "eight percentage points. Our interviews with 64 returnees found that "
                    "recognition of overseas experience was the most important reason for "
                    "accepting a public post."
                ),
                "ethics": (
                    "The program reflects the Code's provisions on return migration and on making "
                    "use of the skills of returning health workers. It respects nurses' freedom "
                    "of movement and does not impose penalties on those who choose to leave "
                    "again. It also benefits the provinces that have struggled most to recruit "
                    "nurses, and it makes visible the value of experience gained abroad, which "
                    "supports a more positive view of circular migration."
                ),
                "scalability": (
                    "Funded from the national budget, the program is sustainable as long as "
                    "political support continues. Its salary-crediting system could be adapted in "
                    "India, where Kerala's state health services face similar questions about "
                    "nurses returning from the Gulf. Its main risk is that allowances are paid "
                    "late when budgets are delayed, which happened twice in 2023 and was raised "
                    "by returnees in our interviews."
                ),
                "references": (
                    "Menon-Pillai R. Return migration of nurses in South and South-East Asia: "
                    "policy responses compared. Centre for Migration and Health Policy Working "
                    "Paper 21; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "t.mokoena@sahwo.za.example",
            "category": "retention-return",
            "title": "Rural Hardship Top-Up and Housing for Malawian Nurses and Clinical Officers",
            "nominee_kind": "organisation",
            "nominee_name": "Ministry of Health, Malawi, Human Resources for Health Directorate",
            "nominee_organisation": "Ministry of Health, Malawi",
            "nominee_email": "hrh.retention@health.mw.example",
            "nominee_website": "",
            "country": "MW",
            "linked_countries": ["MW", "GB", "ZA"],
            "link_kind": "sending",
            "themes": ["nursing", "rural health", "community health workers"],
            "language": "en",
            "answers": {
                "summary": (
                    "Malawi pays a rural hardship top-up of 30 to 50 percent of base salary to "
                    "nurses, midwives and clinical officers in remote health centres, combined "
                    "with staff housing built under a partnership with a UK health partnership "
                    "network and the district councils. The package targets the health centres "
                    "with the highest vacancy and turnover rates, and it is linked to a "
                    "guaranteed place in post-basic training after three years of rural service, "
                    "so that staying in a rural post no longer means giving up career progression."
                ),
                "description": (
                    "Malawi has one of the lowest nurse-to-population ratios in the world and has "
                    "lost many nurses to the United Kingdom and South Africa. Within the country, "
                    "rural health centres lose staff to towns and to private and non-governmental "
                    "employers. The ministry classified health centres into three hardship bands "
                    "in 2020 according to distance, road access and availability of electricity "
                    "and schools. Staff in the most remote band receive a 50% top-up, with 40% "
                    "and 30% in the other bands. Housing was identified as the second most "
                    "important factor in staff surveys; 210 staff houses have been built or "
                    "renovated since 2021 with funding from a network of UK health partnerships "
                    "and labour from district councils. After three years in a hardship post, "
                    "nurses and clinical officers are guaranteed a funded place in post-basic "
                    "training, for example in anaesthesia, mental health or midwifery."
                ),
                "impact": (
                    "Between 2020 and 2024, vacancy rates for nurses and midwives in band-one "
                    "health centres fell from 46% to 24%, and average length of stay in post rose "
                    "from 1.8 to 3.4 years. Applications from Malawian nurses for verification of "
                    "their registration abroad, tracked by the nursing council, declined by 22% "
                    "between 2022 and 2024 while rising in neighbouring countries. 340 staff have "
                    "taken up guaranteed training places."
                ),
                "ethics": (
                    "The package follows the Code's call for source countries to strengthen "
                    "retention, especially in rural areas, and the UK partners' contribution is a "
                    "practical example of a destination country investing in the source country's "
                    "health system. Staff are free to leave at any time; the package relies on "
                    "incentives, not bonding."
                ),
                "scalability": (
                    "The top-up is in the recurrent budget, costing about MWK 11 billion a year, "
                    "and the housing partnership has committed funding until 2028. The banding "
                    "method is simple and has been shared with Zambia and Mozambique through a "
                    "regional health workforce network. Donor funding for housing is the main "
                    "risk to sustainability."
                ),
                "references": (
                    "Human Resources for Health Directorate. Rural retention package: four-year "
                    "review. Lilongwe; 2025.\nMokoena T, Banda C. Housing, hardship pay and nurse "
                    "retention in rural Malawi. Southern Africa Health Workforce Observatory "
                    "Brief 9; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "t.mokoena@sahwo.za.example",
            "category": "retention-return",
            "title": (
                "Zimbabwe Health Diaspora Return with Guaranteed Posts and Equipment Packages"
            ),
            "nominee_kind": "organisation",
            "nominee_name": "Health Services Board of Zimbabwe, Returning Professionals Desk",
            "nominee_organisation": "Health Services Board of Zimbabwe",
            "nominee_email": "returning@hsb.zw.example",
            "nominee_website": "https://hsb.zw.example/return",
            "country": "ZW",
            "linked_countries": ["ZW", "GB", "ZA", "AU"],
            "link_kind": "sending",
            "themes": ["physicians", "nursing", "circular migration"],
            "language": "en",
            "answers": {
                "summary": (
                    "Zimbabwe's Health Services Board offers returning doctors, nurses and "
                    "pharmacists a guaranteed post, duty-free import of professional equipment "
                    "and a vehicle, and recognition of seniority gained abroad. A small team "
                    "handles each application from first enquiry to first day at work. Returnees "
                    "can also choose a part-time return, working six months a year in Zimbabwe "
                    "while keeping a post abroad, under an arrangement agreed with several UK and "
                    "South African employers."
                ),
                "description": (
                    "Zimbabwe lost a large share of its doctors and nurses in economic crises, "
                    "and many now hold senior roles in the United Kingdom, South Africa and "
                    "Australia. Surveys of the diaspora showed interest in returning, but deep "
                    "distrust of slow bureaucracy and fear of losing income. The desk, opened in "
                    "2021, acts as a single contact point. It verifies qualifications and "
                    "registration with the relevant councils within 30 days, identifies posts "
                    "matching the applicant's speciality, and arranges customs exemptions through "
                    "the revenue authority. Seniority abroad counts fully for salary grading. The "
                    "part-time option was negotiated with four UK hospital trusts and two South "
                    "African private hospital groups that agreed to hold posts for staff who "
                    "spend half the year in Zimbabwe. Returnees in central hospitals are expected "
                    "to teach in the medical and nursing schools."
                ),
                "impact": (
                    "From 2021 to 2024 the desk handled 1,210 enquiries and placed 236 returnees: "
                    "71 doctors, 139 nurses and 26 pharmacists. Of these, 58 chose the part-time "
                    "option. After two years, 84% of full-time returnees and 90% of part-time "
                    "returnees were still working in Zimbabwe. Returnees re-opened two cardiac "
                    "theatres and a paediatric oncology unit that had been closed for lack of "
                    "staff."
                ),
                "ethics": (
                    "The scheme applies the Code's principles on return and circular migration, "
                    "and the part-time option shows how destination employers can share staff "
                    "rather than competing for them. It respects the health workers' own choices "
                    "and does not require them to give up careers abroad. Partner employers "
                    "abroad have agreed in writing not to actively recruit the local staff the "
                    "returnees train."
                ),
                "scalability": (
                    "The desk's running costs are small and covered by the board's budget; "
                    "customs exemptions cost the treasury little. The part-time model could be "
                    "adopted wherever destination employers are willing to hold posts, and the "
                    "board has briefed health ministries in Zambia and Sudan. A formal evaluation "
                    "is planned for 2025."
                ),
                "references": (
                    "Health Services Board of Zimbabwe. Returning professionals desk: progress "
                    "report 2021-2024. Harare; 2025."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "ingrid.haugen@ncgwe.no.example",
            "category": "retention-return",
            "title": (
                "Circular Care: Rotating Posts for Moldovan Nurses in Italian and Moldovan "
                "Hospitals"
            ),
            "nominee_kind": "organisation",
            "nominee_name": "Circular Care Partnership",
            "nominee_organisation": "National Agency for Public Health, Moldova",
            "nominee_email": "circularcare@ansp.md.example",
            "nominee_website": "",
            "country": "MD",
            "linked_countries": ["MD", "IT", "RO"],
            "link_kind": "both",
            "themes": ["nursing", "circular migration", "gender"],
            "language": "en",
            "answers": {
                "summary": (
                    "Circular Care lets Moldovan nurses alternate between six-month placements in "
                    "Italian hospitals and six months at their home hospitals in Moldova, keeping "
                    "their Moldovan post, seniority and pension throughout. Italian hospitals pay "
                    "the nurse's salary and travel during placements and contribute to a fund "
                    "that raises the pay of nurses who cover for them at home. The scheme aims to "
                    "replace permanent emigration with a planned rotation."
                ),
                "description": (
                    "Moldova has lost a large share of its nurses to Italy and other EU "
                    "countries, often through informal channels into home care work below their "
                    "qualifications. Nurses told the partners they would prefer to keep their "
                    "homes and families in Moldova if they could earn more. Since 2023, nurses "
                    "with three years' experience can apply for rotating posts. They complete "
                    "Italian language training and a recognition process supported by the "
                    "partnership, then alternate six-month placements. The Italian regional "
                    "health authority pays salaries at Italian rates during placements and "
                    "contributes EUR 1,500 per placement to a fund that tops up the pay of "
                    "colleagues covering in Moldova. A joint committee of the two health "
                    "authorities and the Moldovan nurses' union oversees the scheme. This "
                    "nomination is still in draft while we collect the second-year data."
                ),
                "impact": (
                    "In the first two years, 84 nurses have completed at least one rotation, and "
                    "79 returned to their Moldovan hospitals as planned. The fund has paid "
                    "top-ups to 160 nurses in Moldova. Resignations among nurses in the six "
                    "participating Moldovan hospitals fell from 11% to 6% a year. An evaluation "
                    "is under way and will report in 2026. Patient satisfaction surveys show no "
                    "change."
                ),
                "ethics": (
                    "The scheme reflects the Code's encouragement of circular migration that "
                    "benefits both countries, and it keeps nurses in legal employment at their "
                    "qualification level. The fund ensures that colleagues who stay behind share "
                    "in the benefit. Nurses keep their full employment rights in both countries, "
                    "pay no recruitment costs, and can leave the scheme at the end of any "
                    "rotation without penalty."
                ),
                "scalability": (
                    "The scheme is funded by the Italian regional authority and an EU mobility "
                    "grant until 2026. Continuation will require a formal agreement between the "
                    "two health ministries, which is under negotiation. Romania has expressed "
                    "interest in a similar scheme with Moldova. The partners are documenting the "
                    "scheme so that it can be reproduced with other Italian regions."
                ),
                "references": "",
            },
            "consent_showcase": False,
            "status": "draft",
            "eligible": None,
            "ineligible_reason": "",
        },
        {
            "nominator": "g.pryce-ellis@fhrt.uk.example",
            "category": "retention-return",
            "title": "Part-Time Return Posts for Jamaican Nurses Working Abroad",
            "nominee_kind": "organisation",
            "nominee_name": "South-East Regional Health Authority, Jamaica",
            "nominee_organisation": "Ministry of Health and Wellness, Jamaica",
            "nominee_email": "returnposts@serha.jm.example",
            "nominee_website": "https://serha.jm.example/return-posts",
            "country": "JM",
            "linked_countries": ["JM", "US", "GB", "CA"],
            "link_kind": "sending",
            "themes": ["nursing", "circular migration", "training"],
            "language": "en",
            "answers": {
                "summary": (
                    "A Jamaican regional health authority created part-time specialist nursing "
                    "posts for Jamaican nurses who work abroad. Nurses in the United States, the "
                    "United Kingdom and Canada commit to working in Jamaica for blocks of four to "
                    "twelve weeks a year, in critical care, emergency, neonatal and theatre "
                    "units, and to teaching local staff during their stay. They are paid local "
                    "specialist rates, and the authority covers travel and accommodation."
                ),
                "description": (
                    "Jamaica has lost a large share of its specialist nurses, and intensive care "
                    "units regularly close beds for lack of staff. Many Jamaican nurses abroad "
                    "visit home every year and offered to help, but there was no formal way for "
                    "them to work in public hospitals. The authority created a pool of part-time "
                    "posts in 2022. Nurses keep an active Jamaican licence, which the nursing "
                    "council renews at a reduced fee for pool members. Each block of service is "
                    "planned a year ahead so that units can schedule training. During their "
                    "blocks, pool nurses work clinical shifts and run structured teaching "
                    "sessions; each block ends with a short report on skills taught and problems "
                    "observed. Several US and UK employers now allow their staff to take unpaid "
                    "leave for these blocks, and one UK trust counts the time towards "
                    "professional development."
                ),
                "impact": (
                    "Between 2022 and 2024, 138 nurses joined the pool and completed 312 blocks, "
                    "equal to about 24 full-time nurses. Bed closures in the authority's "
                    "intensive care units due to staff shortage fell from an average of six beds "
                    "a day to two. Pool nurses delivered 1,050 teaching sessions, and 86 local "
                    "nurses completed a critical care competency programme supervised by pool "
                    "members."
                ),
                "ethics": (
                    "The posts allow Jamaica to benefit from its nurses abroad without asking "
                    "them to give up their careers or income, in line with the Code's support for "
                    "circular migration and diaspora contributions. Employers abroad who release "
                    "staff share in the benefit, and pool nurses are paid and insured like other "
                    "staff."
                ),
                "scalability": (
                    "The authority funds the posts from its vacancy budget, since unfilled posts "
                    "free up salary money. Two other regional authorities have started their own "
                    "pools. The model suits small island states with large nursing diasporas and "
                    "is being discussed by the Caribbean nursing regulators' network. Nursing "
                    "council support is essential."
                ),
                "references": (
                    "South-East Regional Health Authority. Part-time return posts: two-year "
                    "review. Kingston; 2025."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "lucia.fernandez@redandina.example",
            "category": "retention-return",
            "title": "Programa de retorno de médicos especialistas peruanos desde España y Chile",
            "nominee_kind": "organisation",
            "nominee_name": "Programa Nacional de Retorno de Especialistas",
            "nominee_organisation": "Ministerio de Salud del Perú",
            "nominee_email": "retorno.especialistas@minsa.pe.example",
            "nominee_website": "https://minsa.pe.example/retorno",
            "country": "PE",
            "linked_countries": ["PE", "ES", "CL"],
            "link_kind": "sending",
            "themes": ["physicians", "rural health", "training"],
            "language": "es",
            "answers": {
                "summary": (
                    "El programa ofrece a médicos especialistas peruanos que trabajan en España y "
                    "Chile un contrato de cinco años en hospitales regionales del Perú, con "
                    "reconocimiento automático de la especialidad obtenida en el extranjero, un "
                    "complemento salarial del 40 % y apoyo para la reubicación familiar. Los "
                    "especialistas retornados asumen además la tutoría de médicos residentes en "
                    "sus hospitales, lo que multiplica el efecto de cada regreso en regiones "
                    "donde faltan especialistas."
                ),
                "description": (
                    "Las regiones andinas y amazónicas del Perú tienen menos de un especialista "
                    "por cada 10 000 habitantes, mientras que miles de médicos peruanos ejercen "
                    "en España y Chile. Las encuestas a la diáspora señalaban tres obstáculos "
                    "para volver: el largo trámite de reconocimiento del título de especialista, "
                    "la gran diferencia salarial y la falta de apoyo para la familia. El "
                    "programa, creado en 2021, resuelve los tres. El reconocimiento se tramita "
                    "antes del regreso en un plazo máximo de 60 días mediante un convenio con los "
                    "colegios profesionales. El complemento salarial se paga durante cinco años y "
                    "aumenta en las plazas de mayor dificultad. Una oficina de apoyo gestiona la "
                    "matrícula escolar de los hijos, la búsqueda de vivienda y el empleo del "
                    "cónyuge. Cada retornado tutoriza a residentes del programa de segunda "
                    "especialización en su hospital."
                ),
                "impact": (
                    "Entre 2021 y 2024 regresaron 173 especialistas, sobre todo en ginecología y "
                    "obstetricia, pediatría, anestesiología y medicina interna. El 88 % seguía en "
                    "su plaza al final de 2024. En los 19 hospitales regionales que los "
                    "recibieron, las derivaciones a Lima por falta de especialista bajaron un 34 "
                    "%. Los retornados supervisaron a 260 residentes, y se abrieron 41 nuevas "
                    "plazas de residencia en regiones gracias a su presencia como tutores."
                ),
                "ethics": (
                    "El programa aplica el Código mundial de la OMS al fomentar el retorno y el "
                    "aprovechamiento de las competencias adquiridas en el extranjero. No penaliza "
                    "la emigración ni obliga a nadie a regresar; ofrece condiciones que hacen el "
                    "regreso viable. Los hospitales españoles y chilenos que colaboran informan a "
                    "sus médicos peruanos sobre el programa y, en algunos casos, mantienen su "
                    "vínculo académico, de modo que ambos países se benefician del intercambio de "
                    "conocimientos."
                ),
                "scalability": (
                    "El programa se financia con una partida específica del presupuesto del "
                    "Ministerio de Salud, de unos 45 millones de soles anuales, y está recogido "
                    "en un decreto supremo. Bolivia y Ecuador han pedido información sobre el "
                    "modelo. El reconocimiento anticipado de títulos es la pieza más fácil de "
                    "replicar y la que más influye en la decisión de regresar, según las "
                    "encuestas a los participantes."
                ),
                "references": (
                    "Ministerio de Salud del Perú. Programa Nacional de Retorno de Especialistas: "
                    "informe de evaluación 2021-2024. Lima; 2025.\nFernández Orrego L. El regreso "
                    "de los especialistas: experiencias andinas. Red Andina de Recursos Humanos "
                    "en Salud, Documento de trabajo 8; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "t.lolohea@pnec.to.example",
            "category": "retention-return",
            "title": "Pacific Nurse Retention and Return Pathway",
            "nominee_kind": "organisation",
            "nominee_name": "Ministry of Health and Medical Services, Fiji, Nursing Directorate",
            "nominee_organisation": "Ministry of Health and Medical Services, Fiji",
            "nominee_email": "nursing.directorate@health.fj.example",
            "nominee_website": "",
            "country": "FJ",
            "linked_countries": ["FJ", "AU", "NZ"],
            "link_kind": "sending",
            "themes": ["nursing", "rural health", "circular migration", "training"],
            "language": "en",
            "answers": {
                "summary": (
                    "Fiji's nursing directorate combines a retention package for nurses on outer "
                    "islands with a structured return pathway for Fijian nurses in Australia and "
                    "New Zealand. Nurses who stay receive scholarships for postgraduate study and "
                    "accelerated promotion. Nurses abroad can return on fixed-term senior "
                    "clinical and teaching contracts that count towards their Fijian seniority "
                    "and allow them to keep their registration in the destination country."
                ),
                "description": (
                    "Fiji lost close to a fifth of its registered nurses between 2021 and 2023, "
                    "mainly to Australia and New Zealand, and outer-island health centres were "
                    "the hardest hit. The pathway was designed in 2023 by the directorate with "
                    "the national nursing association and Fijian nursing diaspora groups in "
                    "Sydney and Auckland. For nurses who stay, it offers a postgraduate "
                    "scholarship after three years of service in a designated hard-to-staff post, "
                    "faster promotion to nurse practitioner roles, and an island allowance. For "
                    "nurses abroad, it offers two-year senior clinical teaching contracts at the "
                    "three divisional hospitals and the national nursing school, with salaries at "
                    "the top of the Fijian scale, seniority credit for all years worked abroad, "
                    "and the option to return to the destination country afterwards. Two "
                    "Australian health services have agreed to grant leave without pay for staff "
                    "taking these contracts."
                ),
                "impact": (
                    "In 2023 and 2024, 212 nurses in outer-island posts entered the retention "
                    "package, and resignation rates among them fell from 14% to 6% a year, "
                    "compared with 12% among other nurses. Forty-three nurses returned from "
                    "Australia and New Zealand on teaching contracts, and together they "
                    "supervised 580 nursing students in clinical placements. The national nursing "
                    "school increased its intake by 25% because of the additional clinical "
                    "teachers."
                ),
                "ethics": (
                    "The pathway follows the Code's recommendations on retention and on return "
                    "and circular migration, and it has been discussed with Australian and New "
                    "Zealand authorities under the Pacific mobility protocol. It respects nurses' "
                    "choices to work abroad while giving them a structured way to contribute at "
                    "home. Australian partner services that grant leave show how destination "
                    "employers can share rather than compete for Pacific nurses."
                ),
                "scalability": (
                    "The retention package is funded from the national budget, and the teaching "
                    "contracts are co-funded by a regional development partner until 2027. Samoa, "
                    "Tonga and Vanuatu face the same pressures and have asked Fiji to share its "
                    "contracts and allowance rules. A regional version could be coordinated "
                    "through the Pacific nursing regulators' forum."
                ),
                "references": (
                    "Nursing Directorate, Ministry of Health and Medical Services. Retention and "
                    "return pathway: first-year report. Suva; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "e.quaye@gnmf.gh.example",
            "category": "bilateral-agreements",
            "title": "Ghana–Barbados Nurse Mobility Compact with a Training Reinvestment Fund",
            "nominee_kind": "organisation",
            "nominee_name": (
                "Ministry of Health, Ghana, and Ministry of Health and Wellness, Barbados"
            ),
            "nominee_organisation": "Ministry of Health, Ghana",
            "nominee_email": "nurse.compact@moh.gh.example",
            "nominee_website": "https://moh.gh.example/compact-bb",
            "country": "GH",
            "linked_countries": ["GH", "BB"],
            "link_kind": "both",
            "themes": ["nursing", "training", "circular migration"],
            "language": "en",
            "answers": {
                "summary": (
                    "Ghana and Barbados agreed a government-to-government compact for Ghanaian "
                    "nurses to work in Barbados on renewable three-year contracts. Barbados pays "
                    "a levy for every nurse into a fund that finances nursing tutors and clinical "
                    "training sites in Ghana, and both governments guarantee equal pay and "
                    "conditions. The compact includes a return option to a Ghanaian public-sector "
                    "post and a joint committee that publishes an annual review."
                ),
                "description": (
                    "Barbados faced critical nurse vacancies after many of its own nurses left "
                    "for North America and the United Kingdom, while Ghana had thousands of "
                    "qualified nurses awaiting public-sector posts. Rather than leave the "
                    "movement to private agencies, the two governments signed a compact in 2022. "
                    "Recruitment is limited to nurses who have completed their national service "
                    "and are not employed in the Ghanaian public sector. Barbados pays all travel "
                    "and registration costs and a levy equal to 8% of each nurse's annual salary "
                    "into a training reinvestment fund managed jointly by the two ministries. "
                    "Ghanaian nurses in Barbados have the same pay, union rights and career "
                    "progression as Barbadian nurses. After each contract, nurses can renew, or "
                    "return to a guaranteed post in Ghana with their Barbados experience "
                    "credited. A joint committee meets twice a year, and Ghana's nursing council "
                    "and Barbados' nurses' association each send an observer."
                ),
                "impact": (
                    "From 2022 to 2024, 126 Ghanaian nurses took up posts in Barbados, reducing "
                    "vacancies at the main public hospital from 23% to 9%. The reinvestment fund "
                    "received USD 1.4 million, which paid for 48 nursing tutors and upgraded "
                    "clinical skills rooms at four Ghanaian nursing training colleges. Nineteen "
                    "nurses have completed their first contract; 11 renewed and 8 returned to "
                    "Ghanaian posts. No recruitment fees were charged to any nurse."
                ),
                "ethics": (
                    "The compact is a clear application of the Code's principle of mutuality of "
                    "benefits: Barbados fills vacancies, and Ghana gains training capacity and "
                    "returning experienced nurses. Recruiting only nurses without public-sector "
                    "posts avoids harm to Ghanaian services. Equal treatment in Barbados and the "
                    "union observer's role protect the nurses who move, and the joint committee "
                    "provides the review mechanism the Code recommends for bilateral agreements."
                ),
                "scalability": (
                    "The levy makes the fund self-financing as long as the compact continues, and "
                    "the agreement text has been published so that other Caribbean and African "
                    "governments can use it as a model. Two other Caribbean states have begun "
                    "talks with Ghana on similar terms. The main risk is that Ghana's own demand "
                    "for nurses grows, which the joint committee can address by lowering annual "
                    "quotas."
                ),
                "references": (
                    "Joint Committee of the Ghana-Barbados Nurse Mobility Compact. Second annual "
                    "review. Accra and Bridgetown; 2024.\nQuaye EA. Reinvestment funds in nurse "
                    "mobility agreements: a comparison of three compacts. Ghana Nurses and "
                    "Midwives Forum Policy Brief 4; 2025."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "m.diallo@sante.sn.example",
            "category": "bilateral-agreements",
            "title": (
                "Accord de partenariat maroco-belge pour la formation et la mobilité des infirmiers"
            ),
            "nominee_kind": "organisation",
            "nominee_name": (
                "Institut supérieur des professions infirmières et techniques de santé de "
                "l'Oriental et Réseau hospitalier wallon"
            ),
            "nominee_organisation": (
                "Institut supérieur des professions infirmières et techniques de santé de "
                "l'Oriental"
            ),
            "nominee_email": "partenariat@ispits-oriental.ma.example",
            "nominee_website": "https://ispits-oriental.ma.example/partenariat",
            "country": "MA",
            "linked_countries": ["MA", "BE"],
            "link_kind": "both",
            "themes": ["nursing", "training", "circular migration"],
            "language": "fr",
            "answers": {
                "summary": (
                    "Un institut marocain de formation infirmière et un réseau d'hôpitaux publics "
                    "belges ont signé un accord qui lie la mobilité des infirmiers à "
                    "l'augmentation de la capacité de formation au Maroc. Pour chaque infirmier "
                    "marocain recruté, le réseau belge finance deux places d'étudiant à "
                    "l'institut et envoie des formateurs pour des missions d'enseignement. Les "
                    "infirmiers recrutés bénéficient d'un contrat à durée indéterminée et d'une "
                    "reconnaissance rapide de leur diplôme."
                ),
                "description": (
                    "Le Maroc forme un nombre croissant d'infirmiers, mais ses capacités de "
                    "formation restent limitées par le manque d'enseignants et de terrains de "
                    "stage, tandis que les hôpitaux belges manquent de personnel infirmier. Signé "
                    "en 2021, l'accord organise un recrutement limité et négocié. L'institut "
                    "présélectionne des diplômés ayant au moins deux ans d'expérience, à "
                    "l'exclusion des agents en poste dans les hôpitaux publics de la région. Le "
                    "réseau belge prend en charge les cours de langue, les démarches de "
                    "reconnaissance et le voyage. Pour chaque recrutement, il finance deux places "
                    "d'étudiants pendant toute leur formation, et ses cadres de santé assurent "
                    "chaque année des missions d'enseignement en soins intensifs et en gériatrie. "
                    "Un comité paritaire fixe chaque année le nombre de recrutements en fonction "
                    "des besoins des deux régions et publie un bilan annuel."
                ),
                "impact": (
                    "Entre 2021 et 2024, 94 infirmiers ont été recrutés et 188 places d'étudiants "
                    "ont été financées, soit une hausse de 18 % des effectifs de l'institut. "
                    "Dix-sept missions d'enseignement ont formé 240 infirmiers et enseignants "
                    "marocains. Le taux de vacance des postes infirmiers dans les hôpitaux "
                    "partenaires belges est passé de 9 % à 5 %. Après deux ans, 91 % des "
                    "infirmiers recrutés travaillaient toujours dans le réseau, et six sont "
                    "rentrés au Maroc comme formateurs à l'institut."
                ),
                "ethics": (
                    "L'accord applique les principes du Code mondial de l'OMS relatifs aux "
                    "bénéfices mutuels et au renforcement des capacités de formation des pays "
                    "d'origine. Il exclut le recrutement d'agents en poste dans le secteur public "
                    "marocain, afin de ne pas affaiblir les services. Les infirmiers recrutés ont "
                    "les mêmes droits que leurs collègues belges et ne paient aucun frais. Le "
                    "comité paritaire garantit un suivi régulier et transparent."
                ),
                "scalability": (
                    "L'accord est financé par le budget de fonctionnement du réseau belge, pour "
                    "un coût d'environ 14 000 euros par recrutement, y compris les places "
                    "d'étudiants. D'autres instituts marocains et un réseau hospitalier français "
                    "ont demandé le modèle d'accord. L'extension suppose de maintenir le plafond "
                    "annuel de recrutement pour préserver les besoins du Maroc."
                ),
                "references": (
                    "Comité paritaire de l'accord. Bilan triennal 2021-2024. Oujda et Namur ; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "r.menon@cmhp.in.example",
            "category": "bilateral-agreements",
            "title": "Kerala–Ireland Nurse Pathway with Co-Funded Training Places",
            "nominee_kind": "organisation",
            "nominee_name": (
                "Kerala State Overseas Nursing Cell and Irish Regional Hospital Group West"
            ),
            "nominee_organisation": "Department of Health and Family Welfare, Kerala",
            "nominee_email": "nursing.cell@health.kerala.in.example",
            "nominee_website": "https://health.kerala.in.example/ireland-pathway",
            "country": "IN",
            "linked_countries": ["IN", "IE"],
            "link_kind": "both",
            "themes": ["nursing", "training", "gender"],
            "language": "en",
            "answers": {
                "summary": (
                    "A state-run overseas nursing cell in Kerala and a regional hospital group in "
                    "Ireland operate a direct recruitment pathway that bypasses private agents. "
                    "Nurses pay nothing, receive language and clinical adaptation support before "
                    "departure, and join the Irish group on permanent contracts. For every nurse "
                    "recruited, the Irish group co-funds a nursing training place in a Kerala "
                    "government college and sponsors clinical teaching fellowships for Kerala "
                    "nurse educators."
                ),
                "description": (
                    "Kerala is one of the world's largest sources of internationally mobile "
                    "nurses, and many nurses have paid private agents large sums to reach jobs "
                    "abroad. In 2021 the state created an overseas nursing cell to run direct "
                    "government-to-employer recruitment. The Irish hospital group signed a "
                    "memorandum with the cell in 2022. The cell advertises posts, shortlists "
                    "candidates and runs interviews together with the Irish group. Candidates "
                    "receive free English test preparation and an adaptation programme on Irish "
                    "clinical practice. The Irish group pays all recruitment and registration "
                    "costs and offers permanent contracts with the same pay and conditions as "
                    "Irish-trained nurses, including a route to family reunification. It "
                    "contributes EUR 1,800 per recruit to a fund that pays for additional places "
                    "at Kerala government nursing colleges, and it hosts six-month fellowships "
                    "for Kerala nurse educators. A steering group reviews the pathway every year "
                    "with the state nurses' association."
                ),
                "impact": (
                    "Between 2022 and 2024 the pathway placed 468 nurses in the Irish group, all "
                    "without agent fees. Kerala estimates that this saved nurses about INR 280 "
                    "million in fees they would otherwise have paid. The fund financed 210 "
                    "additional student places, and 24 nurse educators completed fellowships and "
                    "returned to teach. Twelve-month retention of pathway nurses in Ireland was "
                    "93%, compared with 81% for agency recruits at the same hospitals."
                ),
                "ethics": (
                    "The pathway applies the Code's principles of transparent, fee-free "
                    "recruitment and of mutual benefit. Kerala trains more nurses than its own "
                    "health system can employ, so recruitment does not deplete local services, "
                    "and the training fund expands capacity further. The fellowships return "
                    "skills to Kerala's colleges, and the nurses' association has a formal role "
                    "in the annual review."
                ),
                "scalability": (
                    "The cell is funded by the state government and by employer fees, and it now "
                    "works with employers in three other countries using the same model. Other "
                    "Indian states with large nursing workforces, such as Tamil Nadu, are "
                    "considering similar cells. The approach requires a trusted public "
                    "recruitment body, which many source countries already have in some form."
                ),
                "references": (
                    "Overseas Nursing Cell. Direct recruitment to Ireland: pathway review "
                    "2022-2024. Thiruvananthapuram; 2025.\nMenon-Pillai R, O'Dwyer S. Cutting out "
                    "the middleman: public recruitment cells for nurses. Centre for Migration and "
                    "Health Policy Working Paper 19; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "cora.dizon@returnee-nurses.ph.example",
            "category": "bilateral-agreements",
            "title": (
                "Indonesia–Japan Nurse and Care Worker Pathway with Language Stipends and Return "
                "Posts"
            ),
            "nominee_kind": "organisation",
            "nominee_name": "Indonesian Agency for Health Worker Placement Abroad",
            "nominee_organisation": "Ministry of Health, Indonesia",
            "nominee_email": "placement@kemkes.id.example",
            "nominee_website": "https://kemkes.id.example/japan-pathway",
            "country": "ID",
            "linked_countries": ["ID", "JP"],
            "link_kind": "both",
            "themes": ["nursing", "training", "circular migration", "gender"],
            "language": "en",
            "answers": {
                "summary": (
                    "Under a revised government-to-government arrangement, Indonesian nurses and "
                    "care workers heading for Japan receive a paid twelve-month Japanese language "
                    "programme before departure, support to pass the Japanese national nursing "
                    "examination, and a guaranteed post at an Indonesian teaching hospital if "
                    "they return. Japanese host institutions pay a training contribution that "
                    "funds geriatric nursing courses in Indonesia, where the population is ageing "
                    "quickly too."
                ),
                "description": (
                    "Earlier arrangements for Indonesian nurses in Japan had very low pass rates "
                    "in the Japanese nursing examination, and many candidates returned without a "
                    "licence and without a clear career at home. The revised pathway, introduced "
                    "in 2022, addresses both problems. Candidates receive a monthly stipend "
                    "during twelve months of full-time Japanese language study in Indonesia, "
                    "funded jointly by the two governments. In Japan, host hospitals must provide "
                    "at least eight hours a week of paid study time and a mentor. Returnees, "
                    "whether they passed the examination or not, are offered posts in geriatric "
                    "or rehabilitation units of Indonesian teaching hospitals, where their "
                    "experience of Japanese elderly care is put to use. Japanese hosts contribute "
                    "JPY 300,000 per candidate to a fund that has created geriatric nursing "
                    "courses in five Indonesian nursing schools."
                ),
                "impact": (
                    "Of the 640 candidates who departed in 2022 and 2023, 46% passed the Japanese "
                    "national nursing or care worker examination within three years, compared "
                    "with 14% under the earlier arrangement. Among 152 returnees, 131 accepted "
                    "posts in Indonesian teaching hospitals. The fund has trained 1,120 "
                    "Indonesian nurses in geriatric care, and five new geriatric wards are "
                    "staffed partly by returnees."
                ),
                "ethics": (
                    "The pathway follows the Code by treating migration as an exchange that "
                    "benefits both countries: Japan gains trained staff and Indonesia gains "
                    "skills in elderly care that it needs for its own ageing population. "
                    "Candidates pay no fees, receive the same pay as Japanese staff once "
                    "licensed, and have a secure route home. The pathway includes counselling on "
                    "working conditions and a hotline run by the Indonesian embassy."
                ),
                "scalability": (
                    "Both governments fund the pathway from regular budgets, and it is written "
                    "into a bilateral agreement renewed every five years. The return-post "
                    "guarantee and geriatric training fund could be added to similar arrangements "
                    "between Japan and other countries, and the Philippines and Viet Nam have "
                    "been briefed on the results."
                ),
                "references": (
                    "Indonesian Agency for Health Worker Placement Abroad. Japan pathway "
                    "evaluation, cohorts 2022-2023. Jakarta; 2025."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "lucia.fernandez@redandina.example",
            "category": "bilateral-agreements",
            "title": "Convenio Colombia–España de movilidad de enfermería con fondo de formación",
            "nominee_kind": "organisation",
            "nominee_name": (
                "Servicio Regional de Salud de Aragón Oriental y Gobernación de Antioquia"
            ),
            "nominee_organisation": "Servicio Regional de Salud de Aragón Oriental",
            "nominee_email": "convenio.colombia@sraragon.es.example",
            "nominee_website": "https://sraragon.es.example/convenio-colombia",
            "country": "CO",
            "linked_countries": ["CO", "ES"],
            "link_kind": "both",
            "themes": ["nursing", "training", "rural health"],
            "language": "es",
            "answers": {
                "summary": (
                    "Un servicio regional de salud español y una gobernación colombiana firmaron "
                    "un convenio que organiza la contratación de enfermeras colombianas para "
                    "hospitales comarcales de España y, a cambio, financia un fondo de formación "
                    "de enfermería en los municipios rurales de Antioquia. Las enfermeras reciben "
                    "contrato público, homologación acelerada de su título y formación en el "
                    "idioma técnico. El convenio prevé un retorno voluntario con plaza "
                    "garantizada en la red pública departamental."
                ),
                "description": (
                    "España necesita enfermeras en hospitales comarcales que tienen dificultad "
                    "para atraer personal, y Colombia cuenta con enfermeras tituladas sin empleo "
                    "estable, sobre todo en ciudades intermedias. Antes del convenio, muchas "
                    "enfermeras colombianas llegaban a España por su cuenta y trabajaban durante "
                    "años como auxiliares mientras esperaban la homologación. El convenio, "
                    "vigente desde 2022, establece un proceso público de selección en Colombia, "
                    "con entrevistas conjuntas. El servicio español tramita la homologación antes "
                    "del viaje, paga el desplazamiento y ofrece contratos de la misma categoría y "
                    "salario que el personal español. Por cada enfermera contratada aporta 3.000 "
                    "euros a un fondo departamental que financia becas de enfermería para jóvenes "
                    "de municipios rurales, con el compromiso de que trabajen en su región tras "
                    "graduarse. Una comisión de seguimiento, con participación de los colegios "
                    "profesionales de ambos países, revisa el convenio cada año."
                ),
                "impact": (
                    "Entre 2022 y 2024 se contrataron 152 enfermeras, que cubrieron el 70 % de "
                    "las plazas vacantes de difícil cobertura del servicio español. La "
                    "homologación se resolvió en una media de cuatro meses, frente a más de dos "
                    "años por la vía ordinaria. El fondo recibió 456.000 euros y financió 190 "
                    "becas; las primeras 38 becarias se graduaron en 2024 y 35 trabajan en "
                    "hospitales rurales de Antioquia. Ninguna enfermera pagó gastos de "
                    "contratación."
                ),
                "ethics": (
                    "El convenio aplica el Código de la OMS porque no recluta personal empleado "
                    "en el sistema público colombiano, garantiza igualdad de trato y financia la "
                    "formación de nuevas enfermeras en zonas rurales del país de origen. La "
                    "comisión de seguimiento con los colegios profesionales asegura la "
                    "transparencia y la revisión periódica que el Código recomienda para los "
                    "acuerdos bilaterales."
                ),
                "scalability": (
                    "El coste del fondo está incluido en el presupuesto de personal del servicio "
                    "español, y la gobernación aporta la gestión de las becas. Otras dos "
                    "comunidades autónomas estudian convenios similares con departamentos "
                    "colombianos. El modelo requiere una homologación anticipada, que depende de "
                    "la cooperación de los ministerios de ambos países."
                ),
                "references": (
                    "Comisión de seguimiento del convenio. Informe anual 2024. Zaragoza y "
                    "Medellín; 2025.\nRestrepo A, Gil M. Becas rurales financiadas por la "
                    "movilidad de enfermeras. Revista Iberoamericana de Recursos Humanos en Salud "
                    "(ficticia); 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "j.ribeiro@ifs.mz.example",
            "category": "bilateral-agreements",
            "title": "Parceria Moçambique–Portugal para a formação de médicos especialistas",
            "nominee_kind": "organisation",
            "nominee_name": "Parceria de Formação Médica Especializada Moçambique–Portugal",
            "nominee_organisation": "Ministério da Saúde de Moçambique",
            "nominee_email": "parceria.especialistas@misau.mz.example",
            "nominee_website": "https://misau.mz.example/parceria-portugal",
            "country": "MZ",
            "linked_countries": ["MZ", "PT"],
            "link_kind": "both",
            "themes": ["physicians", "training", "circular migration"],
            "language": "pt",
            "answers": {
                "summary": (
                    "Um acordo entre os ministérios da saúde de Moçambique e de Portugal permite "
                    "que médicos moçambicanos façam parte da sua formação especializada em "
                    "hospitais portugueses, com regresso obrigatório e garantido para exercer em "
                    "hospitais provinciais moçambicanos. Em contrapartida, médicos especialistas "
                    "portugueses passam períodos de ensino em Moçambique. O acordo foi desenhado "
                    "para formar especialistas sem perdê-los para a emigração definitiva."
                ),
                "description": (
                    "Moçambique tem muito poucos médicos especialistas fora de Maputo, e a "
                    "formação no estrangeiro levava frequentemente à emigração definitiva. O "
                    "acordo, assinado em 2020, define um percurso misto: os médicos fazem os "
                    "primeiros dois anos da especialidade em Moçambique, dezoito meses em "
                    "hospitais portugueses parceiros e o último ano novamente em Moçambique, num "
                    "hospital provincial. Durante o período em Portugal, recebem uma bolsa "
                    "equivalente ao salário de interno português e mantêm o vínculo ao serviço "
                    "nacional de saúde moçambicano. Após a especialização, comprometem-se a "
                    "trabalhar cinco anos no sistema público moçambicano, com um suplemento "
                    "salarial nas províncias. Os hospitais portugueses enviam especialistas por "
                    "períodos de um a três meses para ensino e supervisão nos hospitais "
                    "provinciais. Uma comissão mista avalia anualmente as vagas por especialidade."
                ),
                "impact": (
                    "Entre 2020 e 2024, 86 médicos participaram no percurso, em cirurgia, "
                    "anestesiologia, pediatria, ginecologia e obstetrícia e medicina interna. Dos "
                    "39 que concluíram a especialidade, 37 trabalham em hospitais provinciais "
                    "moçambicanos. Os especialistas portugueses realizaram 112 missões de ensino. "
                    "Em três províncias, as transferências de doentes cirúrgicos para Maputo "
                    "diminuíram 41%. A avaliação externa de 2024 concluiu que o tempo de espera "
                    "para cirurgias programadas nos hospitais provinciais participantes passou de "
                    "cinco para dois meses."
                ),
                "ethics": (
                    "O acordo segue o Código Mundial da OMS ao combinar mobilidade temporária com "
                    "reforço da capacidade do país de origem. Os benefícios são partilhados: "
                    "Portugal recebe médicos em formação e fortalece a cooperação académica, "
                    "enquanto Moçambique forma especialistas que regressam. Os médicos têm os "
                    "mesmos direitos que os internos portugueses, e o compromisso de serviço é "
                    "compensado com suplemento salarial e progressão de carreira."
                ),
                "scalability": (
                    "O acordo é financiado pelos orçamentos de cooperação dos dois ministérios e "
                    "foi renovado em 2024 por mais cinco anos. Angola e Guiné-Bissau manifestaram "
                    "interesse num modelo semelhante. O percurso misto pode ser aplicado a outras "
                    "profissões, como enfermagem especializada, com ajustes na duração dos "
                    "períodos no estrangeiro. A comissão mista publicou o texto do acordo."
                ),
                "references": (
                    "Comissão mista Moçambique-Portugal. Relatório de avaliação da parceria de "
                    "formação especializada, 2020-2024. Maputo e Lisboa; 2025."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "t.lolohea@pnec.to.example",
            "category": "bilateral-agreements",
            "title": "Samoa–New Zealand Nurse Placement Compact with Reciprocal Clinical Teaching",
            "nominee_kind": "organisation",
            "nominee_name": "Samoa Ministry of Health and Te Moana District Health Service",
            "nominee_organisation": "Ministry of Health, Samoa",
            "nominee_email": "nz.compact@health.gov.ws.example",
            "nominee_website": "",
            "country": "WS",
            "linked_countries": ["WS", "NZ"],
            "link_kind": "both",
            "themes": ["nursing", "training", "circular migration"],
            "language": "en",
            "answers": {
                "summary": (
                    "Samoa and a New Zealand district health service agreed a compact under which "
                    "Samoan nurses take two-year placements in New Zealand hospitals and then "
                    "return to Samoa, while New Zealand nurse educators spend teaching periods at "
                    "Samoa's national hospital and nursing school. The number of placements each "
                    "year is set jointly and can be reduced if Samoa's own nurse vacancy rate "
                    "rises above an agreed threshold."
                ),
                "description": (
                    "Samoa's health system is small, and losing even a few dozen nurses in a year "
                    "affects services. Many Samoan nurses nonetheless want experience in New "
                    "Zealand, where a large Samoan community lives. The compact, signed in 2022, "
                    "channels this wish into a structured programme. Each year up to 20 nurses "
                    "with at least three years' experience are selected by the Samoan ministry "
                    "for two-year placements in acute care, mental health and maternity units in "
                    "New Zealand, on the same pay and conditions as New Zealand nurses. Their "
                    "Samoan posts are held open and filled temporarily by newly graduated nurses "
                    "under supervision. New Zealand nurse educators spend three-month blocks "
                    "teaching in Samoa. If Samoa's nurse vacancy rate exceeds 12%, the annual "
                    "intake is reduced by half. A joint steering group with Samoan and New "
                    "Zealand nursing representatives meets twice a year."
                ),
                "impact": (
                    "Between 2022 and 2024, 52 nurses started placements and 17 have completed "
                    "them; 16 returned to Samoa, where four now lead new units in mental health "
                    "and high-dependency care. New Zealand educators completed 14 teaching "
                    "blocks, supporting 310 nursing students. Samoa's nurse vacancy rate remained "
                    "below the threshold throughout, at between 8% and 11%. The temporary posts "
                    "gave 40 new graduates paid supervised experience."
                ),
                "ethics": (
                    "The compact applies the Code's principles of mutuality of benefits and "
                    "circular migration, and its vacancy threshold gives practical protection to "
                    "a small, vulnerable health system. Nurses are treated equally with New "
                    "Zealand colleagues and do not pay recruitment costs. Samoan cultural and "
                    "community support in New Zealand is built into the placement arrangements."
                ),
                "scalability": (
                    "The compact is funded by the New Zealand district health service with a "
                    "contribution from New Zealand's development programme. Tonga and the Cook "
                    "Islands have asked for similar arrangements. The vacancy threshold is simple "
                    "to monitor and could be adopted in other agreements with small states. The "
                    "steering group has published its terms of reference."
                ),
                "references": (
                    "Joint Steering Group. Samoa-New Zealand nurse placement compact: two-year "
                    "report. Apia; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "g.pryce-ellis@fhrt.uk.example",
            "category": "bilateral-agreements",
            "title": (
                "Hospital–Nursing School Twinning between Severn Valley Hospitals and Lusaka "
                "College of Nursing"
            ),
            "nominee_kind": "organisation",
            "nominee_name": (
                "Severn Valley Hospitals and Lusaka College of Nursing and Midwifery Twinning "
                "Partnership"
            ),
            "nominee_organisation": "Severn Valley Hospitals",
            "nominee_email": "zambia.link@severnvalley.uk.example",
            "nominee_website": "https://severnvalley.uk.example/zambia-link",
            "country": "ZM",
            "linked_countries": ["ZM", "GB"],
            "link_kind": "both",
            "themes": ["nursing", "midwifery", "training"],
            "language": "en",
            "answers": {
                "summary": (
                    "A hospital group in England and a nursing and midwifery college in Zambia "
                    "run a twinning partnership in which the hospital group commits not to "
                    "recruit from Zambia, and instead invests in the college: its nurse educators "
                    "teach in Lusaka, Zambian tutors spend funded fellowships in England, and the "
                    "hospital group funds simulation equipment and tutor salaries. The "
                    "partnership has a written memorandum, a joint board and a ten-year horizon."
                ),
                "description": (
                    "Zambia is on the WHO health workforce support and safeguards list, and the "
                    "English hospital group recognised that its own international recruitment "
                    "contributed to global pressures on nursing workforces. In 2020 it formalised "
                    "a long-standing informal link with the college in a memorandum with three "
                    "commitments. First, the group does not actively recruit nurses trained in "
                    "Zambia, and it declines applications routed through agencies. Second, it "
                    "funds four tutor posts at the college and provides a simulation suite, "
                    "maintenance included, at a total cost of about GBP 160,000 a year. Third, it "
                    "runs an exchange: each year up to eight Zambian tutors spend three months in "
                    "England on funded fellowships, and up to ten English nurse and midwife "
                    "educators spend two to four weeks teaching in Lusaka. A joint board sets "
                    "priorities annually, and the Zambian nursing council is an observer."
                ),
                "impact": (
                    "Between 2020 and 2024 the college increased its annual intake from 320 to "
                    "450 students, made possible partly by the funded tutor posts. Licensing "
                    "examination pass rates rose from 68% to 84%. Twenty-nine Zambian tutors "
                    "completed fellowships, and all returned to the college. Sixty-one English "
                    "educators taught in Lusaka. Staff surveys at the English group show that "
                    "participating educators had higher job satisfaction and lower turnover than "
                    "their colleagues."
                ),
                "ethics": (
                    "The partnership is built on the Code's restraint on active recruitment from "
                    "countries facing critical shortages, and it turns that restraint into "
                    "positive support for training capacity. The benefits to the English group, "
                    "in staff development and retention, are real but secondary. Zambian partners "
                    "set the priorities, and the joint board publishes its decisions."
                ),
                "scalability": (
                    "Funding comes from the hospital group's charitable funds and its education "
                    "budget. The memorandum and governance model have been shared through a "
                    "national network of health partnerships, and three other English hospital "
                    "groups have adopted similar no-recruitment-plus-investment links with "
                    "colleges in Malawi, Uganda and Sierra Leone. The joint board has a "
                    "documented succession plan."
                ),
                "references": (
                    "Severn Valley-Lusaka Twinning Partnership. Five-year review 2020-2024. 2025. "
                    "https://severnvalley.uk.example/zambia-link/review\nMwansa P, Reid H. "
                    "Twinning instead of recruiting: a partnership model. Nursing Education "
                    "Partnerships Quarterly (fictional); 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "s.rotich@health.ke.example",
            "category": "diaspora-engagement",
            "title": "Sudanese Diaspora Doctors' Teleconsultation Network",
            "nominee_kind": "organisation",
            "nominee_name": "Nile Diaspora Medical Network",
            "nominee_organisation": "Nile Diaspora Medical Network",
            "nominee_email": "coordination@nilediaspora.org.example",
            "nominee_website": "https://nilediaspora.org.example",
            "country": "SD",
            "linked_countries": ["SD", "GB", "SA", "IE", "US"],
            "link_kind": "both",
            "themes": ["physicians", "digital health", "mental health"],
            "language": "en",
            "answers": {
                "summary": (
                    "More than 600 Sudanese specialist doctors in the United Kingdom, Saudi "
                    "Arabia, Ireland and the United States give their time to a teleconsultation "
                    "network that supports doctors in Sudanese hospitals, many of which lost "
                    "specialists during the conflict. Local doctors present cases by secure "
                    "messaging or video and receive specialist advice within hours. The network "
                    "also runs weekly online teaching and psychological support for health "
                    "workers in conflict-affected areas."
                ),
                "description": (
                    "Since 2023 the conflict in Sudan has driven many specialists out of the "
                    "country or out of the areas where they worked, leaving junior doctors and "
                    "general practitioners to manage complex cases alone. The network, started by "
                    "a group of Sudanese doctors in the United Kingdom, built a rota of volunteer "
                    "specialists across time zones so that advice is available at any hour. Local "
                    "doctors submit cases through a low-bandwidth messaging application designed "
                    "for unreliable connections, with anonymised patient data. A coordinator "
                    "allocates each case to the relevant specialty within 30 minutes. Specialists "
                    "reply with advice and, where needed, join a video call. Case discussions are "
                    "recorded for teaching with consent. The network also runs twice-weekly "
                    "teaching sessions, a protocol library for common emergencies adapted to the "
                    "drugs and equipment available, and a peer-support service staffed by "
                    "Sudanese psychiatrists and psychologists abroad."
                ),
                "impact": (
                    "Between June 2023 and December 2024 the network handled 14,600 consultations "
                    "from 112 facilities in 14 states. In an audit of 1,200 cases, advice changed "
                    "management in 62%, and 31% of patients who would otherwise have been "
                    "referred on long, dangerous journeys were treated locally. The teaching "
                    "programme logged 38,000 attendances. The peer-support service provided 2,400 "
                    "sessions to health workers."
                ),
                "ethics": (
                    "The network shows how diaspora health workers can support their country of "
                    "origin without returning, in line with the Code's encouragement of diaspora "
                    "contributions and of cooperation with source countries. Participation is "
                    "voluntary. The network works with the health authorities where possible, "
                    "follows data protection standards for anonymised cases, and remains neutral "
                    "in the conflict."
                ),
                "scalability": (
                    "The network is run by volunteers with a small paid coordination team funded "
                    "by diaspora donations and two humanitarian foundations, at about USD 220,000 "
                    "a year. Its model of a 24-hour specialist rota, low-bandwidth case "
                    "submission and adapted protocols could be used by other diaspora groups from "
                    "crisis-affected countries, and Yemeni and Ethiopian diaspora doctors have "
                    "consulted it."
                ),
                "references": (
                    "Nile Diaspora Medical Network. Eighteen months of remote specialist support: "
                    "an audit. 2025. https://nilediaspora.org.example/audit\nOsman H, Ali N. "
                    "Diaspora teleconsultation in conflict settings. Journal of Humanitarian "
                    "Health Practice (fictional); 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "m.diallo@sante.sn.example",
            "category": "diaspora-engagement",
            "title": (
                "Bourses d'études en soins infirmiers abondées par les transferts de la diaspora"
            ),
            "nominee_kind": "organisation",
            "nominee_name": "Fonds diaspora-santé du Sénégal",
            "nominee_organisation": "Fonds diaspora-santé du Sénégal",
            "nominee_email": "contact@fonds-diaspora-sante.sn.example",
            "nominee_website": "https://fonds-diaspora-sante.sn.example",
            "country": "SN",
            "linked_countries": ["SN", "FR", "IT", "ES"],
            "link_kind": "both",
            "themes": ["remittances", "nursing", "midwifery", "rural health", "gender"],
            "language": "fr",
            "answers": {
                "summary": (
                    "Le fonds permet aux Sénégalais de la diaspora, en France, en Italie et en "
                    "Espagne, de financer des bourses d'études en soins infirmiers et "
                    "obstétricaux pour des jeunes de leur région d'origine. Chaque franc versé "
                    "par la diaspora est abondé d'un montant égal par l'État et par des "
                    "partenaires. Les boursiers, en majorité des jeunes femmes, s'engagent à "
                    "exercer trois ans dans un poste de santé rural de leur région après leur "
                    "diplôme."
                ),
                "description": (
                    "Les transferts de la diaspora sénégalaise représentent une part importante "
                    "du revenu de nombreuses familles, mais ils financent rarement des "
                    "investissements collectifs dans la santé. Dans le même temps, les postes de "
                    "santé ruraux manquent d'infirmiers et de sages-femmes, en partie parce que "
                    "les diplômés sont issus des villes et ne souhaitent pas y retourner. Créé en "
                    "2021, le fonds reçoit des contributions à partir de 10 euros par mois, par "
                    "virement ou par les services de transfert d'argent habituels. Les "
                    "contributeurs choisissent leur région d'origine. Le ministère de la Santé et "
                    "deux partenaires techniques abondent chaque contribution à hauteur de 100 %. "
                    "Les bourses couvrent les frais de scolarité, le logement et une allocation "
                    "mensuelle pendant trois ans. Les comités régionaux de santé sélectionnent "
                    "les boursiers parmi les jeunes de la région et leur garantissent un poste à "
                    "la fin des études."
                ),
                "impact": (
                    "Entre 2021 et 2024, 3 400 contributeurs ont versé 820 000 euros, portés à "
                    "1,64 million d'euros par l'abondement. Le fonds a financé 412 bourses, dont "
                    "71 % attribuées à des jeunes femmes. Les 96 premiers diplômés ont tous été "
                    "affectés dans des postes de santé ruraux de leur région d'origine, et 92 y "
                    "étaient encore en poste après un an. Dans les trois régions pilotes, la "
                    "proportion de postes de santé sans sage-femme est passée de 34 % à 21 %."
                ),
                "ethics": (
                    "Le fonds met en pratique l'encouragement du Code mondial de l'OMS à "
                    "mobiliser la diaspora pour renforcer les systèmes de santé des pays "
                    "d'origine. Il forme des professionnels issus des zones rurales, ce qui "
                    "améliore leur fidélisation. L'engagement de service de trois ans est "
                    "compensé par un poste garanti et n'est assorti d'aucune pénalité financière "
                    "pour les boursiers qui partiraient."
                ),
                "scalability": (
                    "Le fonds est géré par une fondation de droit sénégalais dont les comptes "
                    "sont audités et publiés chaque année. Les coûts de gestion représentent 6 % "
                    "des fonds collectés. Des associations de la diaspora malienne et guinéenne "
                    "ont demandé à reproduire le modèle. Le principal risque est la dépendance à "
                    "l'abondement public, qui est inscrit au budget jusqu'en 2027."
                ),
                "references": (
                    "Fonds diaspora-santé du Sénégal. Rapport d'activité et comptes 2024. Dakar ; "
                    "2025.\nNdiaye F, Sow A. Transferts de fonds et formation des sages-femmes au "
                    "Sénégal. Cahiers africains de santé publique (fictifs) ; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "e.quaye@gnmf.gh.example",
            "category": "diaspora-engagement",
            "title": "Nigerian Diaspora Specialist Visiting Rotations in Teaching Hospitals",
            "nominee_kind": "person",
            "nominee_name": "Ifeoma Adaeze Okonkwo-Hart",
            "nominee_organisation": "Midlands Regional Cardiac Centre",
            "nominee_email": "i.okonkwo-hart@mrcc.uk.example",
            "nominee_website": "",
            "country": "NG",
            "linked_countries": ["NG", "GB", "US"],
            "link_kind": "both",
            "themes": ["physicians", "training", "circular migration"],
            "language": "en",
            "answers": {
                "summary": (
                    "Dr Ifeoma Okonkwo-Hart, a Nigerian consultant cardiologist working in "
                    "England, created a programme of structured visiting rotations that brings "
                    "diaspora specialists to Nigerian teaching hospitals for two to six weeks a "
                    "year. Visitors teach residents, perform procedures with local teams, and "
                    "supervise research projects. The programme is recognised by the postgraduate "
                    "medical college, so that teaching by visitors counts towards residents' "
                    "training requirements."
                ),
                "description": (
                    "Nigeria has lost many specialists to the United Kingdom and the United "
                    "States, and residents in several specialties lack enough consultants to "
                    "supervise them. Many diaspora specialists wanted to help but visits were ad "
                    "hoc and did not fit into training programmes. In 2021 Dr Okonkwo-Hart "
                    "negotiated a framework with three teaching hospitals and the postgraduate "
                    "medical college. Visiting specialists register on a platform, which matches "
                    "them with hospitals' stated needs. Each visit has a teaching plan agreed in "
                    "advance, with specific procedures, lectures and assessments. The college "
                    "accepts assessments signed by visiting specialists as part of residents' "
                    "logbooks. Between visits, specialists supervise residents' research projects "
                    "remotely. She also persuaded two English hospital trusts to grant "
                    "professional development leave for visits, and a diaspora association pays "
                    "for flights. She coordinates the programme without pay in addition to her "
                    "clinical work."
                ),
                "impact": (
                    "From 2021 to 2024, 184 diaspora specialists made 356 visits in 17 "
                    "specialties. Participating departments reported that 420 residents received "
                    "supervised training in procedures that had previously been unavailable, such "
                    "as coronary angiography and laparoscopic surgery. Residents' pass rates in "
                    "the final fellowship examinations in participating departments rose from 52% "
                    "to 71%. Thirty-eight research projects supervised by visitors have been "
                    "published."
                ),
                "ethics": (
                    "The rotations are a practical example of the circular and diaspora "
                    "engagement the Code encourages. They strengthen Nigerian training capacity "
                    "without requiring specialists to give up their positions abroad, and they "
                    "make the most of the skills Nigeria has lost. Teaching is planned by the "
                    "Nigerian hospitals, which keeps them in control of priorities."
                ),
                "scalability": (
                    "The programme runs on volunteer time, employer leave and diaspora funding "
                    "for travel, at about USD 1,500 per visit. The college is now considering a "
                    "national version covering all teaching hospitals. Ghanaian and Kenyan "
                    "diaspora associations have asked for the framework and the matching "
                    "platform. The platform code is open source."
                ),
                "references": (
                    "Okonkwo-Hart IA, Eze C. Structured diaspora rotations and residency training "
                    "in Nigeria. Journal of Postgraduate Medical Education in Africa (fictional); "
                    "2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "m.cardenas@unilitoral.uy.example",
            "category": "diaspora-engagement",
            "title": "Haitian Diaspora Nurse Educator Corps",
            "nominee_kind": "organisation",
            "nominee_name": "Haitian Nurses Abroad Collective",
            "nominee_organisation": "Haitian Nurses Abroad Collective",
            "nominee_email": "educators@hnac.org.example",
            "nominee_website": "https://hnac.org.example",
            "country": "HT",
            "linked_countries": ["HT", "US", "CA", "FR"],
            "link_kind": "both",
            "themes": ["nursing", "midwifery", "training", "digital health"],
            "language": "en",
            "answers": {
                "summary": (
                    "Haitian nurses in the United States, Canada and France form a corps of "
                    "volunteer educators who teach in Haitian nursing schools, online and, when "
                    "security allows, in person. The corps fills gaps in the faculty of public "
                    "nursing schools that lost many teachers to emigration and insecurity, and it "
                    "runs a recognised continuing education course in emergency and maternal care "
                    "for working nurses."
                ),
                "description": (
                    "Haiti's public nursing schools have struggled to keep faculty, and "
                    "insecurity has made visits from abroad difficult since 2021. The collective "
                    "organised diaspora nurses with teaching experience into a corps in 2022. "
                    "Members commit to at least 40 hours of teaching a year. Online teaching "
                    "follows the schools' curricula and is scheduled with the school directors, "
                    "with recorded lectures for students who lose connection. In-person teaching "
                    "blocks take place in the regions where security allows. The corps also runs "
                    "a twelve-week continuing education course in emergency and maternal care, "
                    "recognised by the national nursing directorate. This nomination is a draft: "
                    "we are still collecting updated figures from the schools. Each school names "
                    "a focal point who coordinates with the corps, and members receive an "
                    "orientation on the Haitian curriculum and on teaching in low-bandwidth "
                    "conditions. The corps keeps a record of hours taught and topics covered for "
                    "each school."
                ),
                "impact": (
                    "In 2022-2024, 96 corps members taught about 5,800 hours in four public "
                    "nursing schools. The schools estimate that the corps covered 30% of the "
                    "teaching hours they could not staff. 410 working nurses completed the "
                    "continuing education course. We are collecting examination results to "
                    "compare with earlier cohorts. Student attendance at online sessions averaged "
                    "78%, and school directors rated the teaching as useful or very useful."
                ),
                "ethics": (
                    "The corps lets Haitian nurses abroad contribute to their country's health "
                    "workforce without returning, in line with the Code's encouragement of "
                    "diaspora engagement. Teaching is led by the needs of Haitian schools, and "
                    "the corps works with the national nursing directorate. Members are not paid, "
                    "and no one is asked to return permanently; the corps also encourages members "
                    "to keep their Haitian registration active."
                ),
                "scalability": (
                    "The collective is funded by members' dues and small grants. Its online "
                    "teaching model could work for other countries where insecurity limits "
                    "visits, but it depends on reliable electricity and internet at the schools, "
                    "which the collective is helping to improve with solar equipment. A "
                    "partnership with a Canadian university is under discussion."
                ),
                "references": "",
            },
            "consent_showcase": False,
            "status": "draft",
            "eligible": None,
            "ineligible_reason": "",
        },
        {
            "nominator": "s.rotich@health.ke.example",
            "category": "diaspora-engagement",
            "title": "Hawassa Clinical Skills Laboratory: Diaspora Partnership, Phase Two",
            "nominee_kind": "organisation",
            "nominee_name": "Ethiopian Health Professionals Abroad Network",
            "nominee_organisation": "Ethiopian Health Professionals Abroad Network",
            "nominee_email": "contact@ehpan.org.example",
            "nominee_website": "https://ehpan.org.example",
            "country": "ET",
            "linked_countries": ["ET", "US", "SE", "CA"],
            "link_kind": "both",
            "themes": ["nursing", "midwifery", "training", "remittances"],
            "language": "en",
            "answers": {
                "summary": (
                    "The Ethiopian diaspora network that built a clinical skills laboratory at "
                    "Hawassa Regional Health Science College has continued and extended the "
                    "partnership. In phase two it has added a neonatal care simulation room, "
                    "trained a second cohort of local simulation instructors, and begun raising "
                    "funds for a similar laboratory in another region. Diaspora members in the "
                    "United States, Sweden and now Canada continue to teach twice a year."
                ),
                "description": (
                    "The Hawassa laboratory opened in 2021 with funds raised from about 1,400 "
                    "diaspora members. Since then the network and the college have worked on "
                    "three extensions. A neonatal care room was added in 2023 with equipment for "
                    "kangaroo mother care training, newborn resuscitation and management of "
                    "neonatal sepsis. A second cohort of 18 college staff was trained as "
                    "simulation instructors, so that the laboratory can now run all its courses "
                    "without visiting faculty. The network has also formalised its governance "
                    "with a memorandum of understanding with the regional health bureau, which "
                    "commits the bureau to cover maintenance from 2025. Diaspora members continue "
                    "to visit in two-week teaching blocks, and a chapter of the network formed in "
                    "Canada in 2023 has joined the effort. Fundraising for a second laboratory in "
                    "the Amhara region began in 2024."
                ),
                "impact": (
                    "Since the previous report, a further 2,200 students have trained in the "
                    "laboratory, bringing the total to 5,300. Pass rates in the national "
                    "midwifery licensing examination reached 86% in 2024. The neonatal care room "
                    "has trained 640 students and 120 practising nurses from regional hospitals. "
                    "Local instructors now deliver 90% of teaching hours. USD 180,000 has been "
                    "pledged for the second laboratory."
                ),
                "ethics": (
                    "As before, the partnership channels diaspora commitment into the source "
                    "country's training capacity, as the Code encourages. Ownership lies with the "
                    "college and the regional health bureau, and the focus on local instructors "
                    "ensures that the benefit does not depend on continued visits. Diaspora "
                    "members contribute voluntarily and the network does not take part in "
                    "recruitment."
                ),
                "scalability": (
                    "Running costs are now covered by the college and the regional health bureau. "
                    "The network's guide to low-cost skills laboratories has been used by two "
                    "other diaspora groups, and the second laboratory will test whether the model "
                    "can be reproduced in a different region with a different college. The "
                    "regional health bureau's commitment is written into the memorandum."
                ),
                "references": (
                    "Alemu T, Lindgren S. Diaspora contributions to health professional education "
                    "in Ethiopia: the Hawassa skills laboratory. Journal of Diaspora and Health "
                    "(fictional); 2023."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": False,
            "ineligible_reason": (
                "This is the same programme that won the Diaspora engagement category in the "
                "previous round ('Diaspora-Funded Clinical Skills Laboratory at Hawassa Regional "
                "Health Science College'). Under rule 2.6, winning programmes may not be "
                "renominated within three years. The planned second laboratory could be nominated "
                "separately once it has been operating for twelve months."
            ),
        },
        {
            "nominator": "r.menon@cmhp.in.example",
            "category": "diaspora-engagement",
            "title": "Diaspora Telepsychiatry Network for District Hospitals in Pakistan",
            "nominee_kind": "organisation",
            "nominee_name": "Indus Mind Health Diaspora Forum",
            "nominee_organisation": "Indus Mind Health Diaspora Forum",
            "nominee_email": "telepsych@indusmindhealth.org.example",
            "nominee_website": "https://indusmindhealth.org.example",
            "country": "PK",
            "linked_countries": ["PK", "GB", "AE", "US"],
            "link_kind": "both",
            "themes": ["mental health", "physicians", "digital health", "training"],
            "language": "en",
            "answers": {
                "summary": (
                    "Pakistani psychiatrists and psychologists in the United Kingdom, the United "
                    "Arab Emirates and the United States provide scheduled telepsychiatry clinics "
                    "and supervision to general doctors in district hospitals in Pakistan, where "
                    "there are almost no psychiatrists. Each clinic is run jointly with a local "
                    "doctor, who manages the patient and gradually takes on more of the "
                    "assessment, so that the network builds local capacity rather than creating "
                    "dependence."
                ),
                "description": (
                    "Pakistan has roughly one psychiatrist per half a million people, and many "
                    "Pakistani psychiatrists work abroad. The forum, founded in 2020, coordinates "
                    "about 140 diaspora mental health professionals who each offer at least two "
                    "hours a month. District hospitals in three provinces host weekly clinics "
                    "using a secure video platform, with a local doctor and a nurse in the room "
                    "with the patient. The diaspora specialist advises on diagnosis and "
                    "treatment, limited to medicines on the provincial essential list, and the "
                    "local doctor prescribes and follows up. Each partner doctor completes a "
                    "six-month online course in primary mental health care, adapted from WHO "
                    "guidance, with monthly case supervision. Clinics are in Urdu, Punjabi, "
                    "Sindhi or Pashto according to the district. The provincial health "
                    "departments provide the rooms, connections and the doctors' time, and "
                    "include clinic attendance in their routine information system."
                ),
                "impact": (
                    "From 2021 to 2024, clinics in 26 district hospitals provided 19,800 "
                    "consultations to about 7,400 patients, mainly for depression, psychosis, "
                    "epilepsy and substance use. Eighty-four district doctors completed the "
                    "course, and by the third year 60% of follow-up consultations were handled by "
                    "local doctors alone. Referrals to distant psychiatric hospitals from "
                    "participating districts fell by 45%. A patient survey (n=610) found that 88% "
                    "would use the service again."
                ),
                "ethics": (
                    "The network follows the Code's encouragement of diaspora contributions to "
                    "source-country health systems, without asking professionals to return "
                    "permanently. It respects local authority by working through provincial "
                    "health departments, and it builds the skills of local doctors so that "
                    "benefits remain. Patient data stay on servers in Pakistan, and consent "
                    "procedures were approved by a provincial ethics committee."
                ),
                "scalability": (
                    "Running costs of about USD 95,000 a year, mainly coordination and "
                    "connectivity, are shared by the forum's members and two provincial health "
                    "departments, which have agreed to take over connectivity costs from 2026. "
                    "The model is being adapted for child and adolescent mental health, and "
                    "diaspora professionals from Bangladesh have asked to join the training "
                    "programme."
                ),
                "references": (
                    "Indus Mind Health Diaspora Forum. Telepsychiatry in district hospitals: "
                    "three-year report. 2024.\nQureshi S, Menon-Pillai R. Task-sharing through "
                    "diaspora telepsychiatry. South Asian Journal of Mental Health Services "
                    "(fictional); 2025."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "m.cardenas@unilitoral.uy.example",
            "category": "diaspora-engagement",
            "title": "Diaspora Mentoring for Guyanese Nursing Students and New Graduates",
            "nominee_kind": "organisation",
            "nominee_name": "Guyanese Nurses Abroad Mentoring Circle",
            "nominee_organisation": "Guyanese Nurses Abroad Mentoring Circle",
            "nominee_email": "mentors@gnamc.net.example",
            "nominee_website": "https://gnamc.net.example",
            "country": "GY",
            "linked_countries": ["GY", "US", "CA", "GB"],
            "link_kind": "both",
            "themes": ["nursing", "training", "mental health", "gender"],
            "language": "en",
            "answers": {
                "summary": (
                    "Experienced Guyanese nurses living in the United States, Canada and the "
                    "United Kingdom mentor nursing students and newly qualified nurses in Guyana, "
                    "one to one, by video and messaging. Mentors help with clinical questions, "
                    "examination preparation, career planning and the stress of the first years "
                    "of practice. The mentoring circle works with the public nursing schools and "
                    "the main hospitals, which see it as a way of reducing early attrition among "
                    "young nurses."
                ),
                "description": (
                    "Guyana loses a high share of its nurses to emigration, often within a few "
                    "years of qualifying, and young nurses describe heavy workloads, little "
                    "supervision and a sense that leaving is the only way forward. The circle was "
                    "founded in 2021 by nurses in New York and Toronto who had themselves left "
                    "Guyana early in their careers. Students in their final year and nurses in "
                    "their first two years of practice can ask for a mentor. The circle matches "
                    "them by specialty and interests, and each pair agrees to meet by video at "
                    "least once a month for a year. Mentors are trained in a four-session online "
                    "course covering mentoring skills, Guyanese nursing regulations and how to "
                    "discuss migration honestly, including its costs. The circle also holds "
                    "monthly group sessions on topics such as managing night shifts and preparing "
                    "for specialist courses. Public nursing schools and the two largest hospitals "
                    "promote the programme and give mentees protected time for sessions."
                ),
                "impact": (
                    "Between 2021 and 2024, 260 mentors supported 710 mentees. Among nurses who "
                    "qualified in 2021 and 2022, 84% of mentees were still practising in Guyana "
                    "two years later, compared with 69% of non-mentees in the same cohorts, "
                    "according to the nursing council register. Mentees' first-attempt pass rate "
                    "in the national licensing examination was 88%, against 74% overall. In an "
                    "exit survey, 72% of mentees said the mentoring had influenced their decision "
                    "to stay, at least for now."
                ),
                "ethics": (
                    "The circle reflects the Code's call to involve diaspora health workers in "
                    "strengthening source-country systems and to support retention through better "
                    "working conditions and professional development. Mentors do not discourage "
                    "migration, but they give mentees honest information about it, which helps "
                    "them make informed choices and avoid exploitative recruitment. No mentor may "
                    "be involved in recruitment for employers abroad."
                ),
                "scalability": (
                    "The circle operates at very low cost, about USD 18,000 a year for "
                    "coordination and training, funded by member donations. The approach could be "
                    "adopted quickly by diaspora nursing associations from other Caribbean and "
                    "African countries, and the circle has shared its mentor training materials "
                    "with groups from Jamaica and Trinidad and Tobago."
                ),
                "references": (
                    "Guyanese Nurses Abroad Mentoring Circle. Three years of mentoring: outcomes "
                    "report. 2024. https://gnamc.net.example/report"
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "ingrid.haugen@ncgwe.no.example",
            "category": "diaspora-engagement",
            "title": (
                "Continuing Education by Bangladeshi Diaspora Pharmacists for Upazila Health "
                "Complexes"
            ),
            "nominee_kind": "organisation",
            "nominee_name": "Bangladeshi Pharmacists Abroad Association",
            "nominee_organisation": "Bangladeshi Pharmacists Abroad Association",
            "nominee_email": "cpd@bpaa.org.example",
            "nominee_website": "https://bpaa.org.example",
            "country": "BD",
            "linked_countries": ["BD", "GB", "SA", "AU"],
            "link_kind": "both",
            "themes": ["pharmacy", "training", "digital health"],
            "language": "en",
            "answers": {
                "summary": (
                    "Bangladeshi pharmacists working in the United Kingdom, Saudi Arabia and "
                    "Australia plan to deliver a continuing education programme for pharmacists "
                    "and medicine dispensers in rural health complexes in Bangladesh. The "
                    "programme will cover rational use of antibiotics, management of chronic "
                    "disease medicines and supply chain practices, through online modules and "
                    "supervised practice projects. A pilot in two districts is scheduled to start "
                    "in the coming months."
                ),
                "description": (
                    "Rural health complexes in Bangladesh rely on pharmacists and dispensers who "
                    "have few opportunities for continuing education, while antibiotic misuse is "
                    "a serious public health concern. The association was formed in 2023 by "
                    "pharmacists abroad who wanted to contribute their experience. Working with "
                    "the district health offices of two districts, it has designed a twelve-month "
                    "programme: eight online modules in Bengali, each with a practical project "
                    "such as auditing antibiotic dispensing at the participant's facility, and "
                    "monthly video supervision by a diaspora pharmacist. The course content has "
                    "been reviewed by the national pharmacy council, which will award continuing "
                    "education credits. A memorandum with the district health offices was signed "
                    "in 2024. Enrolment of the first 60 participants is planned for the next "
                    "quarter, and a baseline survey of dispensing practices has been completed."
                ),
                "impact": (
                    "The programme has not yet started delivering training. Preparatory work so "
                    "far: 45 diaspora pharmacists have volunteered as supervisors, eight modules "
                    "have been written and reviewed, and a baseline survey in 24 health complexes "
                    "found that 58% of prescriptions included an antibiotic. The association's "
                    "target is to reduce that figure to below 40% in participating facilities "
                    "within two years. No outcome data are available yet."
                ),
                "ethics": (
                    "The programme is a voluntary diaspora contribution to the source country, in "
                    "line with the Code, and it is designed with and led by the district health "
                    "authorities. It does not involve recruitment and builds skills among health "
                    "workers who stay in Bangladesh. Volunteer supervisors are screened for "
                    "conflicts of interest, including links to recruitment agencies or "
                    "pharmaceutical companies."
                ),
                "scalability": (
                    "If the pilot succeeds, the association hopes to extend it to ten districts "
                    "with support from the national pharmacy council. The online modules could be "
                    "reused by other diaspora pharmacy associations with translation and "
                    "adaptation to national formularies. Running costs are expected to be low, as "
                    "supervision is voluntary and the modules run on an existing learning "
                    "platform provided by the pharmacy council."
                ),
                "references": (
                    "Bangladeshi Pharmacists Abroad Association. Baseline survey of antibiotic "
                    "dispensing in two districts. 2024."
                ),
            },
            "consent_showcase": False,
            "status": "submitted",
            "eligible": False,
            "ineligible_reason": (
                "The programme has not yet started operating: training is planned for the coming "
                "months. The award rules (rule 2.3) require at least twelve months of "
                "implementation with results. The association is encouraged to nominate again "
                "once the pilot has been running for a year."
            ),
        },
        {
            "nominator": "cora.dizon@returnee-nurses.ph.example",
            "category": "workforce-data",
            "title": "Sri Lanka–Maldives Shared Nursing Licence Registry",
            "nominee_kind": "organisation",
            "nominee_name": "Sri Lanka Nursing Council and Maldives Nursing and Midwifery Council",
            "nominee_organisation": "Sri Lanka Nursing Council",
            "nominee_email": "shared.registry@nursingcouncil.lk.example",
            "nominee_website": "https://registry.nursingcouncil.lk.example",
            "country": "LK",
            "linked_countries": ["LK", "MV"],
            "link_kind": "both",
            "themes": ["nursing", "digital health"],
            "language": "en",
            "answers": {
                "summary": (
                    "The nursing councils of Sri Lanka and the Maldives operate a shared digital "
                    "registry of nurses' licences. When a Sri Lankan nurse applies to work in the "
                    "Maldives, the Maldivian council can verify her licence, training and "
                    "disciplinary record instantly, and the Sri Lankan council is notified "
                    "automatically. Each council sees in real time how many of its nurses are "
                    "registered in the other country, which neither could do before."
                ),
                "description": (
                    "A large share of nurses working in Maldivian hospitals and island health "
                    "centres trained in Sri Lanka, but until 2022 the two councils exchanged "
                    "information by letter, and neither had accurate data on how many Sri Lankan "
                    "nurses worked in the Maldives at any time. The shared registry links the two "
                    "councils' databases through a secure interface built on an open-source "
                    "health workforce registry platform. Each council keeps its own data; only "
                    "the fields needed for verification are shared, and only for nurses who apply "
                    "to work in the other country and consent. When a nurse is registered or "
                    "leaves the register in the Maldives, the Sri Lankan council's record is "
                    "updated. Disciplinary actions are also shared. Both councils receive a "
                    "monthly dashboard of cross-border registrations by specialty and district of "
                    "training. The registry was developed with technical help from a regional "
                    "digital health network, and both councils own the code."
                ),
                "impact": (
                    "Since launch in 2022, 3,180 verifications have been completed, with median "
                    "time falling from 46 days to one day. The registry showed that 2,140 Sri "
                    "Lankan-trained nurses were registered in the Maldives at the end of 2024, "
                    "about 38% more than previous estimates. Using the data, the two ministries "
                    "agreed in 2024 to a joint training programme in which Maldivian hospitals "
                    "fund 50 places a year at Sri Lankan nursing schools. Two cases of falsified "
                    "certificates were detected and stopped."
                ),
                "ethics": (
                    "The registry implements the Code's provisions on information exchange "
                    "between countries and on accurate data about health worker migration. It "
                    "makes verification faster and cheaper for nurses, while protecting their "
                    "data through consent and minimal data sharing. Data from the registry "
                    "underpinned the joint training agreement, a concrete benefit for the source "
                    "country."
                ),
                "scalability": (
                    "Running costs are small and shared by the two councils. Because it is built "
                    "on an open-source platform with a documented interface, the design could "
                    "link any two registries, and the councils have presented it to regulators in "
                    "India, Nepal and Bangladesh who face similar cross-border flows. A third "
                    "council could join without rebuilding the system."
                ),
                "references": (
                    "Sri Lanka Nursing Council and Maldives Nursing and Midwifery Council. Shared "
                    "registry: two-year report. Colombo and Malé; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "s.rotich@health.ke.example",
            "category": "workforce-data",
            "title": "Mobile Tracer Study of Ugandan Nursing and Midwifery Graduates",
            "nominee_kind": "organisation",
            "nominee_name": "Uganda Nurses and Midwives Council, Research Unit",
            "nominee_organisation": "Uganda Nurses and Midwives Council",
            "nominee_email": "tracer@unmc.ug.example",
            "nominee_website": "https://unmc.ug.example/tracer",
            "country": "UG",
            "linked_countries": ["UG", "GB", "SA", "US"],
            "link_kind": "sending",
            "themes": ["nursing", "midwifery", "digital health", "rural health"],
            "language": "en",
            "answers": {
                "summary": (
                    "Uganda's nursing and midwifery council follows every new graduate for five "
                    "years through short questionnaires sent by text message and a simple mobile "
                    "web form. The tracer study records where graduates work, in which sector and "
                    "district, whether they are unemployed, and whether they have moved abroad. "
                    "It gives the ministry of health and the council the first reliable picture "
                    "of where nurses and midwives go after training, including how many leave the "
                    "country and when."
                ),
                "description": (
                    "Uganda trains several thousand nurses and midwives a year but had little "
                    "information about what happened to them after registration. Estimates of "
                    "emigration were based on small surveys or destination-country data. In 2022 "
                    "the council added a tracer component to registration: every new registrant "
                    "consents to receive short surveys twice a year for five years. The surveys "
                    "take under three minutes, work on basic phones through text messages, and "
                    "are available in English and Luganda. Respondents receive a small airtime "
                    "credit. Answers are linked to the register number, so the council can "
                    "combine them with registration renewals and verification requests from "
                    "abroad. The research unit publishes an annual report and a public dashboard "
                    "with aggregated figures by district and training institution. It shares "
                    "specific findings with the ministry's planning unit and the training schools."
                ),
                "impact": (
                    "The study now follows 14,600 graduates from the 2022, 2023 and 2024 cohorts, "
                    "with a response rate of 71%. It showed that 34% of the 2022 cohort were "
                    "unemployed one year after qualifying, and that 9% had left the country "
                    "within two years, mostly to the Gulf and the United Kingdom. Unemployment, "
                    "not pay, was the strongest predictor of leaving. The ministry used this "
                    "finding to fund 1,200 additional posts in 2024 in districts with the highest "
                    "vacancy rates, filled first by unemployed graduates in the study."
                ),
                "ethics": (
                    "The study supports the Code's call for health workforce data and for "
                    "evidence-based policy on migration. It respects graduates' privacy: "
                    "individual data are kept by the council and never shared with employers or "
                    "recruiters, and participation can be withdrawn at any time. The findings "
                    "inform policy to absorb unemployed graduates, which reduces pressure to "
                    "migrate through unsafe channels."
                ),
                "scalability": (
                    "The study costs about USD 40,000 a year, mainly airtime credits and staff "
                    "time, and is funded from registration fees. Its text-message design suits "
                    "countries where smartphone use is still limited. Rwanda and Zambia's "
                    "councils have asked for the survey tools and data protocols, which the "
                    "council has published. A national data protection review was completed in "
                    "2023."
                ),
                "references": (
                    "Uganda Nurses and Midwives Council. Graduate tracer study: second annual "
                    "report. Kampala; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "m.cardenas@unilitoral.uy.example",
            "category": "workforce-data",
            "title": (
                "Observatorio regional de migración de profesionales de la salud del Cono Sur"
            ),
            "nominee_kind": "organisation",
            "nominee_name": "Observatorio Regional de Migración de Profesionales de la Salud",
            "nominee_organisation": "Universidad del Litoral Oriental",
            "nominee_email": "observatorio@unilitoral.uy.example",
            "nominee_website": "https://observatorio-migracion.unilitoral.uy.example",
            "country": "UY",
            "linked_countries": ["UY", "AR", "BR", "PY", "CL", "ES"],
            "link_kind": "both",
            "themes": ["nursing", "physicians", "digital health"],
            "language": "es",
            "answers": {
                "summary": (
                    "El observatorio reúne y armoniza los datos de los registros profesionales de "
                    "enfermería y medicina de cinco países del Cono Sur y de España para medir "
                    "cada año los flujos de profesionales de la salud entre ellos. Publica "
                    "indicadores comparables sobre salidas, llegadas y retornos, y apoya a los "
                    "ministerios en la aplicación del Código de la OMS y en la presentación de "
                    "sus informes nacionales."
                ),
                "description": (
                    "Los países del Cono Sur son a la vez emisores y receptores de profesionales "
                    "de la salud: médicos uruguayos y argentinos emigran a España, mientras que "
                    "enfermeras paraguayas trabajan en Argentina y Chile. Ningún país tenía datos "
                    "comparables, y los informes nacionales sobre el Código de la OMS solían "
                    "estar incompletos. El observatorio, creado en 2021 por una universidad "
                    "uruguaya con la red latinoamericana de migración de profesionales de la "
                    "salud, firmó convenios de intercambio de datos con los registros "
                    "profesionales y ministerios de cinco países y con el ministerio de sanidad "
                    "español. Los datos se transmiten anonimizados y se armonizan según "
                    "definiciones comunes de profesión, especialidad y país de formación. Cada "
                    "año el observatorio publica un informe regional y un tablero abierto, y "
                    "ofrece asistencia técnica a los ministerios para completar sus informes "
                    "nacionales sobre el Código."
                ),
                "impact": (
                    "El observatorio integra datos de unos 640.000 profesionales registrados. Su "
                    "informe de 2024 mostró que 5.900 médicos y 3.100 enfermeras de la región "
                    "habían obtenido un registro en otro país en los dos años anteriores. Con su "
                    "apoyo, cuatro de los cinco países presentaron informes nacionales completos "
                    "sobre el Código en la última ronda, frente a uno en la ronda anterior. "
                    "Paraguay y Argentina usaron los datos para negociar un protocolo de "
                    "reconocimiento de títulos de enfermería."
                ),
                "ethics": (
                    "El observatorio aplica las disposiciones del Código sobre recopilación e "
                    "intercambio de información entre países. Al hacer visibles los flujos en "
                    "ambos sentidos, facilita el diálogo entre países emisores y receptores y la "
                    "búsqueda de beneficios mutuos. Los datos individuales no salen de los "
                    "registros nacionales; solo se comparten datos anonimizados y agregados."
                ),
                "scalability": (
                    "El observatorio se financia con aportes de la universidad, de dos "
                    "ministerios y de un proyecto de cooperación hasta 2026. Su metodología de "
                    "armonización está publicada y podría extenderse a los países andinos. Para "
                    "asegurar su continuidad, se negocia un acuerdo de financiamiento compartido "
                    "entre los ministerios participantes. El tablero usa software libre."
                ),
                "references": (
                    "Observatorio Regional de Migración de Profesionales de la Salud. Informe "
                    "regional 2024. Montevideo; 2024.\nCárdenas Quiroga M, Benítez J. "
                    "Armonización de registros profesionales para medir la migración sanitaria. "
                    "Revista Rioplatense de Salud Pública (ficticia); 2023."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "t.mokoena@sahwo.za.example",
            "category": "workforce-data",
            "title": (
                "Integrated Health Workforce Dashboard Linking Councils, Payroll and Verification "
                "Requests"
            ),
            "nominee_kind": "organisation",
            "nominee_name": "National Health Workforce Intelligence Unit, South Africa",
            "nominee_organisation": "National Department of Health, South Africa",
            "nominee_email": "hw.intelligence@health.za.example",
            "nominee_website": "https://hwintelligence.health.za.example",
            "country": "ZA",
            "linked_countries": ["ZA", "GB", "AU", "NZ", "CA", "ZW", "NG"],
            "link_kind": "both",
            "themes": ["nursing", "physicians", "digital health"],
            "language": "en",
            "answers": {
                "summary": (
                    "South Africa's health workforce intelligence unit links data from the "
                    "professional councils, public-sector payroll and requests from foreign "
                    "regulators to verify South African registrations into a single dashboard. "
                    "The dashboard shows how many health workers are registered, employed, and "
                    "preparing to leave, by profession, specialty and province, and also how many "
                    "foreign-trained health workers are entering the country. It is used in "
                    "workforce planning and in discussions with recruiting countries."
                ),
                "description": (
                    "South Africa is both a source and a destination of health workers: it loses "
                    "doctors and nurses to the United Kingdom, Australia, New Zealand and Canada, "
                    "and employs many doctors trained in neighbouring countries and Nigeria. "
                    "Before 2022 these flows were measured separately, if at all. The unit, set "
                    "up in 2022, negotiated data-sharing agreements with the health professions "
                    "and nursing councils and the public-service payroll system. Each month, it "
                    "receives anonymised extracts, including the number of verification requests "
                    "from foreign regulators, which are an early signal of intended emigration. "
                    "Records are linked using a pseudonymised identifier. The dashboard is "
                    "available to national and provincial planners, with a public version showing "
                    "aggregated trends. Quarterly briefs highlight specialties and provinces "
                    "where verification requests rise sharply, so that provincial departments can "
                    "respond with retention measures."
                ),
                "impact": (
                    "The dashboard covers about 420,000 registered health professionals. It "
                    "showed that verification requests for South African-trained nurses rose from "
                    "2,100 in 2021 to 5,600 in 2023, concentrated in critical care and theatre "
                    "nursing. Two provinces used the briefs to introduce retention allowances for "
                    "critical care nurses, and requests from those provinces fell by 27% the "
                    "following year. The data supported South Africa's position in a 2024 "
                    "dialogue with a destination country that agreed to limit active recruitment "
                    "of critical care nurses."
                ),
                "ethics": (
                    "The dashboard applies the Code's provisions on data and information systems "
                    "and reflects South Africa's dual role as source and destination country. "
                    "Tracking foreign-trained workers entering the country supports fair and "
                    "transparent treatment of migrant health workers. Individual data remain "
                    "protected under national data protection law, and only aggregated data are "
                    "shared outside the unit."
                ),
                "scalability": (
                    "The unit is funded from the national health budget and staffed by seven "
                    "analysts. The linkage approach could work in any country where councils and "
                    "payroll systems hold electronic records, and the unit has hosted visits from "
                    "Zimbabwe, Kenya and Botswana. A regional version for the Southern African "
                    "Development Community is under discussion."
                ),
                "references": (
                    "National Health Workforce Intelligence Unit. Health workforce flows: annual "
                    "brief 2024. Pretoria; 2025.\nMokoena T. Verification requests as an early "
                    "warning of health worker emigration. Southern Africa Health Workforce "
                    "Observatory Brief 11; 2025."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "ingrid.haugen@ncgwe.no.example",
            "category": "workforce-data",
            "title": "Certificate of Good Standing Monitor for Romanian Doctors and Nurses",
            "nominee_kind": "organisation",
            "nominee_name": "Romanian Health Workforce Monitoring Centre",
            "nominee_organisation": "National Institute of Public Health, Romania",
            "nominee_email": "monitor@insp.ro.example",
            "nominee_website": "https://monitor.insp.ro.example",
            "country": "RO",
            "linked_countries": ["RO", "DE", "FR", "IT", "GB", "BE"],
            "link_kind": "sending",
            "themes": ["physicians", "nursing", "digital health", "rural health"],
            "language": "en",
            "answers": {
                "summary": (
                    "Romania's health workforce monitoring centre tracks every request for a "
                    "certificate of good standing issued by the national colleges of physicians "
                    "and nurses, which doctors and nurses need to register in another EU country. "
                    "Combined with data from the EU's internal market information system, the "
                    "monitor gives Romania monthly figures on how many health professionals plan "
                    "to leave, from which counties and specialties, and to which countries."
                ),
                "description": (
                    "Romania has lost a large share of its doctors and nurses to other EU "
                    "countries since joining the Union, but free movement means there is no "
                    "emigration permit to count. Certificates of good standing, issued by the "
                    "professional colleges, are the closest proxy. Until 2021 these certificates "
                    "were issued on paper by county branches and never aggregated. The centre "
                    "worked with the colleges to move issuance to a national electronic system "
                    "that records specialty, county of practice, age and stated destination "
                    "country. It then agreed with regulators in four major destination countries "
                    "to exchange aggregated data on registrations of Romanian-trained "
                    "professionals through the EU information system. The centre publishes a "
                    "monthly bulletin and a public dashboard, and produces county-level alerts "
                    "when requests in a specialty exceed the county's replacement rate."
                ),
                "impact": (
                    "In 2022-2024 the monitor recorded 11,300 certificate requests from doctors "
                    "and 8,900 from nurses. Comparison with destination-country registrations "
                    "showed that about 62% of doctors requesting certificates actually registered "
                    "abroad within a year. County alerts led 11 county councils to introduce "
                    "housing and salary incentives for specialties at risk, mainly anaesthesia "
                    "and emergency medicine, and requests from these specialties in those "
                    "counties fell by 23%. The data were used in Romania's last national report "
                    "on the WHO Code."
                ),
                "ethics": (
                    "The monitor supports the Code's provisions on data collection and "
                    "information exchange between countries, in a context of free movement where "
                    "restrictions on migration would be neither lawful nor desirable. It respects "
                    "professionals' privacy by publishing only aggregated data, and it helps "
                    "Romania design retention incentives rather than barriers. Professional "
                    "colleges were consulted on the design."
                ),
                "scalability": (
                    "The monitor is funded from the institute's budget and costs about EUR "
                    "120,000 a year. The approach is directly applicable to other EU source "
                    "countries, such as Bulgaria, Croatia and the Baltic states, and the centre "
                    "has presented it at a European workforce planning network. It could also "
                    "serve non-EU countries where professionals need similar certificates to work "
                    "abroad."
                ),
                "references": (
                    "Romanian Health Workforce Monitoring Centre. Certificates of good standing "
                    "and health professional emigration, 2022-2024. Bucharest; 2025."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "g.pryce-ellis@fhrt.uk.example",
            "category": "workforce-data",
            "title": "Internationally Educated Nurses Data Dashboard Shared with Source Countries",
            "nominee_kind": "organisation",
            "nominee_name": "Interstate Nursing Workforce Data Collaborative",
            "nominee_organisation": "Interstate Nursing Workforce Data Collaborative",
            "nominee_email": "ien.data@nursingdata.com.example",
            "nominee_website": "https://nursingdata.com.example/ien",
            "country": "US",
            "linked_countries": ["US", "PH", "IN", "NG", "KE", "JM", "CA"],
            "link_kind": "receiving",
            "themes": ["nursing", "digital health", "labour rights"],
            "language": "en",
            "answers": {
                "summary": (
                    "A collaborative of 31 US state boards of nursing pools licensing data on "
                    "internationally educated nurses to produce a national dashboard showing how "
                    "many are licensed each year, where they trained, and where they work. Every "
                    "year the collaborative sends each major source country a report on its "
                    "nurses licensed in the United States, so that source-country regulators and "
                    "ministries can see the scale and trend of outflows to the US."
                ),
                "description": (
                    "The United States is one of the largest destinations for internationally "
                    "educated nurses, but licensing is handled separately by each state, and no "
                    "national data on where these nurses trained was published. Source countries "
                    "had to rely on estimates. The collaborative was formed in 2021 by state "
                    "boards that agreed to share standardised, de-identified licensing data: "
                    "country of initial education, year of licensure, state, and practice setting "
                    "where known. Data are combined every quarter into a public dashboard. Each "
                    "year the collaborative sends country reports to the nursing regulators and "
                    "health ministries of the ten largest source countries, and holds an online "
                    "meeting with them to discuss the findings. The dashboard also tracks, for "
                    "the first time, how many internationally educated nurses move between states "
                    "and settings, which helps identify employers with high turnover."
                ),
                "impact": (
                    "The dashboard covers states that license about 70% of internationally "
                    "educated nurses in the US. It recorded 17,400 new licences for "
                    "internationally educated nurses in 2023, 58% trained in the Philippines, 9% "
                    "in Nigeria and 7% in India, with a sharp increase from Kenya and Jamaica. "
                    "Regulators from eight source countries have used the country reports in "
                    "national workforce planning, and two cited them in their national reports on "
                    "the WHO Code. The data led three states to investigate employers with high "
                    "early turnover among recruited nurses."
                ),
                "ethics": (
                    "The dashboard supports the Code's provisions on data exchange and on "
                    "destination countries' responsibility to share information with source "
                    "countries. It treats source countries as partners in understanding "
                    "migration, rather than passive sources. Data are de-identified, and the "
                    "collaborative does not share information with recruiters. Source-country "
                    "regulators are invited to comment on the report before it is published."
                ),
                "scalability": (
                    "The collaborative is funded by member boards at about USD 150,000 a year. "
                    "More states are expected to join, and the model could be adopted by "
                    "federations of regulators in other destination countries with decentralised "
                    "licensing, such as Canada and Australia. The data specification is open. "
                    "Member boards approved the governance rules in 2023."
                ),
                "references": (
                    "Interstate Nursing Workforce Data Collaborative. Internationally educated "
                    "nurses in the United States: 2023 data brief. 2024. "
                    "https://nursingdata.com.example/ien/brief-2023"
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": True,
            "ineligible_reason": "",
        },
        {
            "nominator": "t.lolohea@pnec.to.example",
            "category": "workforce-data",
            "title": (
                "Migration-Adjusted Nursing Workforce Projections with a Source-Country Impact Flag"
            ),
            "nominee_kind": "person",
            "nominee_name": "Siosaia Havili Moengangongo",
            "nominee_organisation": (
                "Centre for Health Workforce Planning, University of Eastern Australia"
            ),
            "nominee_email": "s.moengangongo@ueau.edu.au.example",
            "nominee_website": "https://hwplanning.ueau.edu.au.example",
            "country": "AU",
            "linked_countries": ["AU", "FJ", "PG", "TO", "IN", "PH"],
            "link_kind": "receiving",
            "themes": ["nursing", "digital health", "training"],
            "language": "en",
            "answers": {
                "summary": (
                    "Dr Siosaia Moengangongo, a Tongan-Australian health economist, built a "
                    "workforce projection model for Australian state health departments that "
                    "shows not only how many nurses Australia will need, but how much of the gap "
                    "is expected to be filled by international recruitment, and from which "
                    "countries. Any projection that depends on recruitment from a country with a "
                    "critical shortage, including Pacific neighbours, is flagged, so that "
                    "planners can consider training more nurses at home instead."
                ),
                "description": (
                    "Australian nursing workforce projections have traditionally treated "
                    "international recruitment as a balancing item that fills whatever gap "
                    "remains after domestic supply. Dr Moengangongo's model, developed since "
                    "2022, estimates expected international supply by source country, based on "
                    "historical registration data and recruitment trends. It compares these "
                    "expected flows with each source country's nurse density and vacancy data, "
                    "and flags projections that rely on countries below a threshold density or on "
                    "the WHO safeguards list. Planners can then run scenarios with more domestic "
                    "training places or retention measures. The model is published with "
                    "documentation, and Pacific health ministries receive the projections "
                    "relevant to them. This nomination is a draft and we will add the state "
                    "evaluation before submitting. The model's code and input data sources are "
                    "documented so that other planners can check its assumptions, and a Pacific "
                    "advisory group reviews the thresholds used for flagging."
                ),
                "impact": (
                    "Two state health departments used the model in their 2024 workforce plans. "
                    "In one, the flagged reliance on Pacific and South Asian recruitment led to a "
                    "decision to fund 400 additional nursing places. Evaluation data are still "
                    "being collected. The model has also been used by a Pacific health ministry "
                    "to prepare for discussions on recruitment quotas, and the second state is "
                    "reviewing its reliance on recruitment from countries with critical shortages."
                ),
                "ethics": (
                    "The model brings the Code's principle of health workforce sustainability "
                    "into destination-country planning, so that reliance on recruitment from "
                    "vulnerable countries becomes visible and can be reduced. Sharing projections "
                    "with Pacific ministries supports information exchange. The flag does not "
                    "prevent recruitment, but it requires planners to justify reliance on "
                    "vulnerable source countries and to document alternatives considered."
                ),
                "scalability": (
                    "The model is open source and could be adapted by other destination "
                    "countries. Funding comes from research grants, and one state has agreed to "
                    "fund maintenance for two years. The documentation includes a guide for "
                    "adapting the source-country data to other destination countries, and New "
                    "Zealand planners have tested a prototype."
                ),
                "references": "",
            },
            "consent_showcase": False,
            "status": "draft",
            "eligible": None,
            "ineligible_reason": "",
        },
        {
            "nominator": "s.rotich@health.ke.example",
            "category": "workforce-data",
            "title": (
                "District Human Resources Information System with Exit Interviews in Tanzania"
            ),
            "nominee_kind": "organisation",
            "nominee_name": (
                "President's Office, Regional Administration and Local Government, Health HR Unit"
            ),
            "nominee_organisation": "Government of the United Republic of Tanzania",
            "nominee_email": "hrhis@tamisemi.tz.example",
            "nominee_website": "",
            "country": "TZ",
            "linked_countries": ["TZ", "GB", "OM", "SA"],
            "link_kind": "sending",
            "themes": ["nursing", "physicians", "rural health", "digital health"],
            "language": "en",
            "answers": {
                "summary": (
                    "Tanzania's local government health HR unit added a structured exit interview "
                    "to its district human resources information system. Every health worker who "
                    "leaves a public post is asked, by a district officer or by text message, why "
                    "they are leaving and where they are going, including whether they are moving "
                    "abroad. Combined with routine staffing data, the system shows districts and "
                    "the national level which facilities lose staff, to where, and for what "
                    "reasons."
                ),
                "description": (
                    "District councils employ most of Tanzania's primary health care workers but "
                    "knew little about why staff left, and emigration of nurses and doctors to "
                    "the Gulf and the United Kingdom was growing. In 2022 the unit added a "
                    "mandatory exit module to its human resources information system, used in all "
                    "184 district councils. When a resignation or transfer is recorded, the "
                    "system generates a short interview with 12 questions on destination, reasons "
                    "for leaving and what might have made the worker stay. Where an in-person "
                    "interview is not possible, the questions are sent by text message. Results "
                    "are aggregated monthly in district and national dashboards. Districts review "
                    "their exit data in quarterly management meetings and report actions taken. "
                    "The unit also trained district HR officers to conduct interviews sensitively."
                ),
                "impact": (
                    "Between 2022 and 2024 the system recorded 9,700 departures with a completed "
                    "exit interview, a completion rate of 78%. International migration accounted "
                    "for 11% of departures of nurses and 19% of doctors, up from an estimated 5% "
                    "and 12% before. Poor housing and lack of promotion were the most common "
                    "reasons cited. Fourteen districts introduced housing or promotion measures "
                    "in response, and staff turnover in those districts fell from 13% to 9% a "
                    "year."
                ),
                "ethics": (
                    "The system applies the Code's recommendations on collecting data on health "
                    "worker migration and using it to strengthen retention. It respects workers' "
                    "right to leave and keeps individual responses confidential within the HR "
                    "unit. Findings are shared with the health workers' union. Workers who "
                    "decline the interview face no consequences, and their final pay is never "
                    "delayed."
                ),
                "scalability": (
                    "The exit module was built into an existing open-source HR information system "
                    "and cost little to add. Other countries using the same system, including "
                    "several in East and Southern Africa, could adopt it quickly. Its "
                    "sustainability depends on districts continuing to use the data in management "
                    "meetings, which the unit monitors."
                ),
                "references": (
                    "Health HR Unit. Exit interviews in district health services: two-year "
                    "summary. Dodoma; 2024."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": None,
            "ineligible_reason": "",
        },
    ],
    "next": [
        {
            "nominator": "j.ribeiro@ifs.mz.example",
            "category": "retention-return",
            "title": (
                "Programa de regresso e supervisão clínica de enfermeiros angolanos formados em "
                "Portugal"
            ),
            "nominee_kind": "organisation",
            "nominee_name": "Direção Nacional de Recursos Humanos da Saúde, Angola",
            "nominee_organisation": "Ministério da Saúde de Angola",
            "nominee_email": "regresso.enfermeiros@minsa.ao.example",
            "nominee_website": "",
            "country": "AO",
            "linked_countries": ["AO", "PT"],
            "link_kind": "sending",
            "themes": ["nursing", "circular migration", "rural health", "training"],
            "language": "pt",
            "answers": {
                "summary": (
                    "O programa apoia enfermeiros angolanos que se especializaram ou trabalharam "
                    "em Portugal a regressar ao serviço nacional de saúde de Angola, com "
                    "colocação garantida em hospitais provinciais, reconhecimento da experiência "
                    "adquirida e um ano de supervisão clínica à distância por enfermeiros "
                    "especialistas portugueses. O objetivo é que o regresso seja acompanhado, e "
                    "não um recomeço isolado em hospitais com poucos recursos."
                ),
                "description": (
                    "Muitos enfermeiros angolanos formados ou especializados em Portugal hesitam "
                    "em regressar por receio de perder a progressão na carreira e de trabalhar "
                    "sem apoio em hospitais provinciais. Desde 2024, a direção nacional de "
                    "recursos humanos oferece a estes profissionais uma colocação garantida, com "
                    "reconhecimento do tempo de serviço em Portugal para efeitos de categoria e "
                    "salário. Durante o primeiro ano, cada enfermeiro regressado tem um "
                    "supervisor clínico num hospital português parceiro, com reuniões mensais por "
                    "vídeo e apoio na organização de formação para as equipas locais. Um subsídio "
                    "de instalação cobre os custos de mudança. Esta candidatura ainda está em "
                    "rascunho: estamos a reunir os dados do primeiro ano e o parecer dos "
                    "hospitais parceiros. Uma comissão conjunta do ministério e dos hospitais "
                    "portugueses acompanha cada caso e reúne-se a cada trimestre."
                ),
                "impact": (
                    "No primeiro ano regressaram 38 enfermeiros, colocados em nove hospitais "
                    "provinciais, principalmente em cuidados intensivos, bloco operatório e saúde "
                    "materna. Todos continuavam em funções ao fim de doze meses. Os regressados "
                    "organizaram 64 sessões de formação para 720 colegas. Os dados sobre a "
                    "evolução das vagas nos hospitais participantes ainda estão a ser compilados. "
                    "Um inquérito aos diretores de enfermagem está em curso."
                ),
                "ethics": (
                    "O programa segue o Código Mundial da OMS ao incentivar o regresso e o "
                    "aproveitamento das competências adquiridas no estrangeiro. A participação é "
                    "voluntária, e os hospitais portugueses contribuem com supervisão, o que "
                    "distribui os benefícios entre os dois países e reforça a cooperação entre os "
                    "sistemas de saúde. Nenhum custo é cobrado aos enfermeiros."
                ),
                "scalability": (
                    "O programa é financiado pelo orçamento do ministério, com apoio técnico de "
                    "um projeto de cooperação. A supervisão à distância tem custo reduzido e "
                    "poderia ser aplicada a médicos e técnicos de saúde. Moçambique e Cabo Verde "
                    "acompanham a experiência através da rede de cooperação em saúde dos países "
                    "de língua portuguesa."
                ),
                "references": "",
            },
            "consent_showcase": False,
            "status": "draft",
            "eligible": None,
            "ineligible_reason": "",
        },
        {
            "nominator": "g.pryce-ellis@fhrt.uk.example",
            "category": "ethical-recruitment",
            "title": "Independent Ombudsperson for Internationally Recruited Health Workers",
            "nominee_kind": "organisation",
            "nominee_name": "Office of the International Health Workers' Ombudsperson",
            "nominee_organisation": "Office of the International Health Workers' Ombudsperson",
            "nominee_email": "office@ihw-ombudsperson.ie.example",
            "nominee_website": "https://ihw-ombudsperson.ie.example",
            "country": "IE",
            "linked_countries": ["IE", "IN", "PH", "ZW", "BR"],
            "link_kind": "receiving",
            "themes": ["nursing", "labour rights", "gender"],
            "language": "en",
            "answers": {
                "summary": (
                    "An independent ombudsperson's office handles complaints from internationally "
                    "recruited nurses, doctors and care workers in Irish health and social care "
                    "services, about recruitment fees, contracts, working conditions, immigration "
                    "status and discrimination. It can investigate employers and agencies, "
                    "recommend redress, and publish its findings. Complaints can be made in five "
                    "languages, and the office works with source-country embassies and nursing "
                    "associations."
                ),
                "description": (
                    "International recruits often hesitate to complain to their employer or to "
                    "general bodies, because their visa depends on the job and they do not know "
                    "their rights. The office was set up in 2024 by the health service executive "
                    "and an independent board, with a statutory basis expected in 2026. Health "
                    "workers can contact it by phone, online or through their union or diaspora "
                    "association. Caseworkers speak Malayalam, Tagalog, Shona, Portuguese and "
                    "English. The office investigates complaints, can require employers and "
                    "agencies to provide documents, and recommends redress such as repayment of "
                    "fees or contract changes. It publishes anonymised case summaries and an "
                    "annual report, and refers serious cases to labour inspection and immigration "
                    "authorities. Twice a year it meets embassies of the main source countries. "
                    "This nomination is a draft; we will complete the impact section after the "
                    "office's first annual report."
                ),
                "impact": (
                    "In its first eight months the office received 412 complaints, most about "
                    "recruitment fees and contract terms. It has recommended redress in 96 cases, "
                    "including repayment of EUR 210,000 in fees, and all but four employers have "
                    "complied. Three agencies have been referred to the licensing authority. The "
                    "most common recommendations concerned repayment of fees, correction of pay "
                    "grades and removal of clauses restricting changes of employer."
                ),
                "ethics": (
                    "The office gives practical effect to the Code's provisions on fair treatment "
                    "of migrant health workers and on their right to redress. Its cooperation "
                    "with source-country embassies and associations ensures that the concerns of "
                    "sending countries are heard in the destination country. Complainants are "
                    "protected against retaliation, and the office can help workers whose visa "
                    "depends on an employer they are complaining about."
                ),
                "scalability": (
                    "The office is funded by the health service executive, with a budget of about "
                    "EUR 1.1 million a year. Its model could be adopted by other destination "
                    "countries, and it is documenting its procedures to make that easier. Its "
                    "procedures, case categories and training materials for caseworkers will be "
                    "published after the first annual report."
                ),
                "references": "",
            },
            "consent_showcase": True,
            "status": "draft",
            "eligible": None,
            "ineligible_reason": "",
        },
        {
            "nominator": "t.mokoena@sahwo.za.example",
            "category": "retention-return",
            "title": (
                "Portable Competency Passport for Basotho Nurses and Community Health Workers "
                "Returning from South Africa"
            ),
            "nominee_kind": "organisation",
            "nominee_name": "Lesotho Nursing Council and Ministry of Health, Lesotho",
            "nominee_organisation": "Lesotho Nursing Council",
            "nominee_email": "passport@lnc.ls.example",
            "nominee_website": "https://lnc.ls.example/passport",
            "country": "LS",
            "linked_countries": ["LS", "ZA"],
            "link_kind": "both",
            "themes": [
                "nursing",
                "community health workers",
                "circular migration",
                "digital health",
            ],
            "language": "en",
            "answers": {
                "summary": (
                    "Lesotho issues nurses and community health workers a digital competency "
                    "passport that records the skills, courses and supervised practice they "
                    "complete in South Africa, where many work on short contracts. When they "
                    "return, the passport allows the Lesotho nursing council and district health "
                    "teams to recognise those skills immediately, place returnees in roles that "
                    "use them, and credit them towards career progression."
                ),
                "description": (
                    "Many Basotho nurses and community health workers move back and forth across "
                    "the border, working in South African hospitals and clinics for a few years "
                    "before returning. Skills they gained, for example in HIV and TB care or in "
                    "mental health, were rarely recognised on return because there was no record "
                    "that Lesotho's authorities trusted. Since 2023 the council has issued a "
                    "digital passport, held on a mobile application and backed by a secure "
                    "registry. South African employers and training providers who sign a "
                    "memorandum with the council record completed courses and supervised "
                    "competencies directly in the passport. On return, the council validates the "
                    "entries and district health teams use them to match returnees to posts. "
                    "Community health workers can use the passport to enter nursing assistant "
                    "training with advanced standing."
                ),
                "impact": (
                    "By the end of 2024, 1,860 passports had been issued and 41 South African "
                    "employers and training institutions were recording entries. Among 312 "
                    "returnees, the median time to a new public post fell from seven months to "
                    "six weeks, and 148 were placed in roles using skills recorded abroad, such "
                    "as HIV advanced clinical care. Fifty-two community health workers entered "
                    "nursing assistant training with advanced standing."
                ),
                "ethics": (
                    "The passport applies the Code's encouragement of circular migration and "
                    "recognition of skills acquired abroad, so that mobility between Lesotho and "
                    "South Africa benefits both countries. Health workers own their passport and "
                    "decide who can see it, and data are held under Lesotho's data protection "
                    "law. South African employers also gain a clearer picture of the skills of "
                    "the staff they employ."
                ),
                "scalability": (
                    "The passport runs on an open-source credential platform, and costs are "
                    "shared by the council and a regional health programme. It could be extended "
                    "to other Southern African countries with circular flows, such as Eswatini "
                    "and Zimbabwe, and the council has presented it at a regional meeting of "
                    "nursing councils."
                ),
                "references": (
                    "Lesotho Nursing Council. Competency passport: first progress report. Maseru; "
                    "2025."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": None,
            "ineligible_reason": "",
        },
        {
            "nominator": "m.cardenas@unilitoral.uy.example",
            "category": "bilateral-agreements",
            "title": (
                "Eastern Caribbean Pooled Nurse Training Fund Financed by Recruiting Employers"
            ),
            "nominee_kind": "organisation",
            "nominee_name": "Eastern Caribbean Health Workforce Compact Secretariat",
            "nominee_organisation": "Eastern Caribbean Health Workforce Compact",
            "nominee_email": "secretariat@echwc.lc.example",
            "nominee_website": "https://echwc.lc.example",
            "country": "LC",
            "linked_countries": ["LC", "VC", "GD", "DM", "GB", "US", "CA"],
            "link_kind": "both",
            "themes": ["nursing", "training", "circular migration"],
            "language": "en",
            "answers": {
                "summary": (
                    "Four Eastern Caribbean states negotiated jointly with large recruiting "
                    "employers in the United Kingdom, the United States and Canada. Employers "
                    "that wish to recruit nurses from the four countries sign a compact and pay a "
                    "training contribution for each nurse recruited into a pooled fund. The fund "
                    "finances nursing tutors, scholarships and a shared advanced nursing "
                    "programme serving all four countries, whose individual schools are too small "
                    "to offer it."
                ),
                "description": (
                    "The four countries each train only a few dozen nurses a year and have lost a "
                    "large proportion of them to active recruitment. Acting separately, none had "
                    "the leverage to negotiate with large employers. In 2023 their health "
                    "ministers agreed to negotiate as a bloc. Employers signing the compact "
                    "commit to pay all recruitment costs, to recruit only through the compact's "
                    "transparent process, to respect annual quotas set by each country, and to "
                    "pay a training contribution of USD 6,000 per recruit into a pooled fund. The "
                    "fund, managed by a small secretariat in Saint Lucia under a board of the "
                    "four chief nursing officers, pays for 20 nursing tutors, 60 scholarships a "
                    "year, and a shared advanced programme in critical care and midwifery. Nurses "
                    "recruited under the compact can return to a guaranteed post after three "
                    "years."
                ),
                "impact": (
                    "In 2023 and 2024, 14 employers signed the compact and recruited 214 nurses "
                    "within the agreed quotas. The fund received USD 1.28 million. It financed 18 "
                    "tutor posts and 112 scholarships, raising total nursing school intake in the "
                    "four countries by 31%. The shared advanced programme enrolled its first 24 "
                    "students in 2024. Recruitment outside the compact by signatory employers "
                    "fell to nearly zero."
                ),
                "ethics": (
                    "The compact applies the Code's principles of mutuality of benefits and of "
                    "protecting small health systems. By negotiating together, small states have "
                    "turned recruitment into a source of training investment, with quotas that "
                    "protect their services and fair terms for the nurses who move. Nurses pay no "
                    "recruitment costs and have a guaranteed route home."
                ),
                "scalability": (
                    "The fund is financed entirely by employer contributions, and the "
                    "secretariat's costs are below 8% of income. Other small-state groupings, "
                    "including in the Pacific, have asked for the compact text. Its success "
                    "depends on enough employers preferring the compact's transparent process to "
                    "uncontrolled recruitment. The four governments have agreed to review it in "
                    "2026."
                ),
                "references": (
                    "Eastern Caribbean Health Workforce Compact. First report of the pooled "
                    "training fund. Castries; 2025.\nJoseph M, Cárdenas Quiroga M. Collective "
                    "bargaining by small states in health worker recruitment. Caribbean Health "
                    "Policy Review (fictional); 2025."
                ),
            },
            "consent_showcase": True,
            "status": "submitted",
            "eligible": None,
            "ineligible_reason": "",
        },
    ],
}

# Last year's announced results: one winner per category, two runners-up and two honourable
# mentions. Titles match NOMINATIONS["previous"] exactly.
PREVIOUS_DECISIONS = [
    {
        "title": "Recruitment-Fee Reimbursement Guarantee for International Care Staff",
        "kind": "winner",
        "citation": (
            "For turning the no-fee principle of the WHO Global Code into an enforceable "
            "guarantee. By interviewing every new arrival, reimbursing fees within weeks and "
            "recovering the money from agencies, the partnership has protected more than two "
            "hundred workers from debt and shown that employers can police their own supply "
            "chains at modest cost."
        ),
    },
    {
        "title": "Guaranteed-Post Return Scheme for Ghanaian Nurses and Midwives Abroad",
        "kind": "winner",
        "citation": (
            "For making return a realistic choice. By restoring seniority, recognising skills "
            "gained abroad and offering posts in under-served districts, the scheme has brought "
            "home nearly seven hundred nurses and midwives, most of whom stayed, and has cut "
            "vacancy rates in the districts that needed them most."
        ),
    },
    {
        "title": "County-to-Trust Nurse Compact with One-for-One Training Reinvestment",
        "kind": "winner",
        "citation": (
            "For a bilateral agreement that gives real substance to mutuality of benefits. Every "
            "nurse recruited funds a new training place at home, recruitment is limited to nurses "
            "without public-sector posts, and returning nurses are guaranteed work, all under a "
            "joint committee in which the nurses' union has a voice."
        ),
    },
    {
        "title": (
            "Diaspora-Funded Clinical Skills Laboratory at Hawassa Regional Health Science College"
        ),
        "kind": "winner",
        "citation": (
            "For channelling the commitment of more than a thousand diaspora health professionals "
            "into lasting training capacity at home. The laboratory belongs to the college, is "
            "run by locally trained instructors, and has already raised licensing pass rates for "
            "a new generation of midwives."
        ),
    },
    {
        "title": "Shared Caribbean Nurse Licence Verification Platform",
        "kind": "winner",
        "citation": (
            "For showing that small regulators can act together to make migration visible. The "
            "platform cut verification times from months to days for nurses, and gave twelve "
            "Caribbean countries the early warning they need to plan, negotiate and respond to "
            "outflows."
        ),
    },
    {
        "title": "Source-Country Impact Assessment before International Recruitment Drives",
        "kind": "runner_up",
        "citation": (
            "For bringing source countries into recruitment decisions before they are made. The "
            "consortium's assessment template, and its willingness to reject campaigns that would "
            "harm fragile health systems, offer a practical model for destination-country "
            "employers everywhere. Twenty-three campaigns have been assessed in the open."
        ),
    },
    {
        "title": "Convenio de movilidad circular de enfermeras entre Azuay y el Levante",
        "kind": "runner_up",
        "citation": (
            "For a circular migration agreement that works in practice: nearly nine in ten "
            "participating nurses returned home as planned with new specialist skills, and every "
            "nurse recruited funded a scholarship for a future nurse in Ecuador. The partners "
            "have shown how circular migration can strengthen both health systems at once."
        ),
    },
    {
        "title": "Primes de fidélisation et logement des sages-femmes en zones rurales",
        "kind": "honourable_mention",
        "citation": (
            "For addressing the real reasons rural midwives leave, including safe housing and "
            "career prospects, and for the marked improvement in retention and skilled birth "
            "attendance that followed. The region's package, now funded from its own budget, is a "
            "model for other francophone West African health systems facing the same pressures."
        ),
    },
    {
        "title": "Pacific Multi-Country Nurse Mobility Protocol",
        "kind": "honourable_mention",
        "citation": (
            "For a regional protocol that includes a rare commitment by destination countries to "
            "pause recruitment when a small island health system comes under strain, and to "
            "release nurses to return home during emergencies. The protocol shows what regional "
            "solidarity between small and large health systems can look like."
        ),
    },
]
