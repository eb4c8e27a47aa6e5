package org.msptoolkit.testkit;

/** Words the generator draws names, titles and codes from. Package-private. */
final class Vocabulary {
    private Vocabulary() {}

    static final String[] TOPICS = {
        "Sustainable Industry",
        "Freshwater",
        "Forests",
        "Dams and Development",
        "Energy Access",
        "Urban Mobility",
        "Sustainable Agriculture",
        "Fisheries",
        "Mining and Communities",
        "Climate Adaptation",
        "Tourism",
        "Chemicals Management",
        "Education for Sustainability"
    };
    static final String[] FORMATS = {
        "Dialogue", "Roundtable", "Council", "Partnership", "Forum", "Platform", "Commission", "Stakeholder Panel"
    };
    static final String[] PURPOSES = {
        "inform intergovernmental negotiations",
        "agree a voluntary standard",
        "review implementation of commitments",
        "build consensus on a national strategy",
        "monitor progress towards the SDGs",
        "design a local action plan"
    };
    static final String[][] FREE_SECTORS = {
        {"forestry", "Forestry"},
        {"fisheries", "Fisheries"},
        {"water-governance", "Water governance"},
        {"mining", "Mining"},
        {"tourism", "Tourism"},
        {"chemicals", "Chemicals"}
    };
    static final String[] COUNTRIES = {
        "KE", "BR", "DE", "IN", "CN", "US", "ZA", "FR", "GB", "JP", "MX", "ID", "NG", "EG", "AU", "CA", "SE", "NO",
        "BD", "PH", "CH", "AR", "XK", "FJ"
    };
    static final String[][] CUSTOM_GROUPS = {
        {"persons-with-disabilities", "Persons with disabilities"},
        {"older-persons", "Older persons"},
        {"volunteers", "Volunteer groups"}
    };
    static final String[] ORG_WORDS = {
        "Global", "National", "Regional", "Local", "United", "Federated", "Independent", "Alliance of"
    };
    static final String[] GIVEN_NAMES = {
        "Amina", "Jonas", "Wei", "Priya", "Carlos", "Fatou", "Olga", "Kenji", "Lucía", "Samuel", "Aroha", "Mehmet",
        "Ingrid", "Thabo", "Mariana", "Yusuf"
    };
    static final String[] FAMILY_NAMES = {
        "Okafor", "Schmidt", "Chen", "Sharma", "Silva", "Diop", "Ivanova", "Tanaka", "García", "Mensah", "Ngata",
        "Yılmaz", "Larsen", "Dlamini", "Costa", "Haddad"
    };
    static final String[] GENDERS = {
        "woman",
        "man",
        "female",
        "male",
        "Woman",
        "M",
        "F",
        "non-binary",
        "genderqueer",
        "prefer to self-describe: two-spirit"
    };
    static final String[] MEETING_TITLES = {
        "Plenary", "Working group", "Expert hearing", "Regional consultation", "Review session", "Field visit"
    };
    static final String[] AGENDA_ITEMS = {
        "Adoption of the agenda",
        "Terms of reference",
        "Draft standard",
        "Progress on commitments",
        "Financing",
        "Monitoring framework",
        "Any other business",
        "Next steps",
        "Voluntary initiatives",
        "Capacity building"
    };
    static final String[] DECISION_SUBJECTS = {
        "Adopt the terms of reference",
        "Approve the draft standard",
        "Establish a working group",
        "Endorse the monitoring framework",
        "Accept the annual report",
        "Admit new members",
        "Set the next meeting"
    };
    static final String[] CHAMBERS = {"environmental", "social", "economic"};
    static final String[] MEASURES = {
        "Number of sites certified", "Tonnes of CO2 avoided", "Hectares restored", "People trained", "Reports published"
    };
    static final String[] COMMITMENTS = {
        "Train local facilitators",
        "Publish an annual progress report",
        "Restore degraded watershed land",
        "Phase out a hazardous chemical",
        "Fund community monitoring",
        "Adopt a supplier code of conduct"
    };
    static final String[] BODIES = {
        "UN Commission on Sustainable Development",
        "National Council for " + "Sustainable Development",
        "City Council",
        "European Commission",
        "UNEP Governing Council",
        "Ministry of Environment"
    };
    static final String[] CURRENCIES = {"USD", "EUR", "CHF", "KES", "BRL", "GBP", "JPY"};
    static final String[] FUNDING_PURPOSES = {
        "Secretariat", "Travel of participants from the South", "Translation", "Independent evaluation", "Research"
    };
    static final String[] LINK_NOTES = {
        "Reports to", "Feeds local findings into", "Follows up on", "Shares a secretariat with"
    };
}
