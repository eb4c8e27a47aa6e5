package org.msptoolkit.indicators.internal.builtin;

/**
 * The works the built-in indicators rest on, each cited once: author, year, title, publisher or journal, and a
 * DOI or URL where one exists. An indicator's source names what it takes from each. Internal.
 */
final class Sources {
    private Sources() {}

    static final String HEMMATI = "Hemmati, M., with Dodds, F., Enayati, J. & McHarry, J. (2002). Multi-stakeholder "
            + "Processes for Governance and Sustainability: Beyond Deadlock and Conflict. London: Earthscan. "
            + "https://doi.org/10.4324/9781849772037";
    static final String HEMMATI_GUIDE = "Hemmati, M. et al. (2001). Multi-stakeholder Processes: a Methodological "
            + "Framework, draft step-by-step guide. UNED Forum. http://www.earthsummit2002.org/msp/report/guide.html";
    static final String UNED_VOICES = "UNED Forum (2001). Suggestions for the CSD-10 multi-stakeholder dialogues "
            + "(\"voices, not votes\"). http://www.earthsummit2002.org/msp/prepcomm.html";
    static final String AGENDA_21 = "United Nations (1992). Agenda 21, Section III: Strengthening the Role of Major "
            + "Groups, chs. 23-32. "
            + "http://www.un.org/documents/ecosoc/cn17/1994/background/ecn171994-bpch23-32.htm";
    static final String SHANNON = "Shannon, C. E. (1948). A Mathematical Theory of Communication. Bell System "
            + "Technical Journal 27(3): 379-423. https://doi.org/10.1002/j.1538-7305.1948.tb01338.x";
    static final String PIELOU = "Pielou, E. C. (1966). The measurement of diversity in different types of "
            + "biological collections. Journal of Theoretical Biology 13: 131-144. "
            + "https://doi.org/10.1016/0022-5193(66)90013-0";
    static final String BLAU = "Blau, P. M. (1977). Inequality and Heterogeneity: A Primitive Theory of Social "
            + "Structure. New York: Free Press";
    static final String HIRSCHMAN =
            "Hirschman, A. O. (1964). The Paternity of an Index. American Economic Review " + "54(5): 761";
    static final String GINI_BALANCE = "Leydesdorff, L., Wagner, C. S. & Bornmann, L. (2019). Interdisciplinarity as "
            + "diversity in citation patterns among journals: Rao-Stirling diversity, relative variety, and the Gini "
            + "coefficient. Journal of Informetrics 13(1). https://doi.org/10.1016/j.joi.2018.12.006";
    static final String SHUMATE_COOPER = "Shumate, M. & Cooper, K. R. (2022). Networks for Social Impact. Oxford "
            + "University Press; Stakeholder Participation Tool, "
            + "https://nnsi.northwestern.edu/tips-tools-for-network-instigators-stakeholder-participation-tool/";
    static final String COE_2003 = "Council of Europe (2003). Recommendation Rec(2003)3 of the Committee of "
            + "Ministers on balanced participation of women and men in political and public decision making, "
            + "adopted 12 March 2003. http://eige.europa.eu/rdc/thesaurus/terms/1149";
    static final String EU_2002 = "European Commission (2002). General principles and minimum standards for "
            + "consultation of interested parties by the Commission, COM(2002) 704 final. "
            + "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52002DC0704";
    static final String ISO_GUIDE_2 = "ISO/IEC (2004). Guide 2:2004 Standardization and related activities: General "
            + "vocabulary, definition 1.7 (consensus). Geneva: ISO";
    static final String OECD_2021 = "OECD (2021). Evaluation Guidelines for Representative Deliberative Processes "
            + "(reproduces the OECD 2020 Good Practice Principles). Paris: OECD Publishing. "
            + "https://doi.org/10.1787/10ccbfcb-en";
    static final String EU_1049 = "Regulation (EC) No 1049/2001 of 30 May 2001 regarding public access to European "
            + "Parliament, Council and Commission documents, Art. 7. https://eur-lex.europa.eu/eli/reg/2001/1049/oj";
    static final String EU_1367 = "Regulation (EC) No 1367/2006 of 6 September 2006 on the application of the Aarhus "
            + "Convention to Community institutions and bodies, Art. 9. https://eur-lex.europa.eu/eli/reg/2006/1367/oj";
    static final String UN_SMART = "UN DESA (2016). Partnership Data for SDGs (PD4SDGs) and the Partnerships for "
            + "SDGs platform: SMART criteria. https://sustainabledevelopment.un.org/sdinaction/pd4sdgs";
    static final String MSP_CHARTER = "Dodds, F., Hemmati, M. et al. (2018). MSP Charter, third and final draft. "
            + "http://msp-charter.org/3rd-and-final-msp-charter/draft-msp-charter";
    static final String UNGC_COP = "UN Global Compact (2009). Communication on Progress policy (annual COP; "
            + "non-communicating after one missed cycle, delisted after two). "
            + "https://globalcompactnetwork.org/en/faq-eng/288-does-the-un-global-compact-have-teeth.html";
    static final String PATTBERG = "Pattberg, P., Biermann, F., Chan, S. & Mert, A. (eds.) (2012). Public-Private "
            + "Partnerships for Sustainable Development: Emergence, Influence and Legitimacy. Cheltenham: Edward Elgar";
    static final String NRDC = "NRDC & Stakeholder Forum (2013). Fulfilling the Rio+20 Promises. "
            + "http://switchboard.nrdc.org/blogs/jromano/fulfilling_the_rio20_promises.html";
    static final String FUNG = "Fung, A. (2006). Varieties of Participation in Complex Governance. Public "
            + "Administration Review 66(s1): 66-75. https://doi.org/10.1111/j.1540-6210.2006.00667.x";
    /** Said of a threshold or a combination no published source gives. */
    static final String DESIGN_CHOICE = "msp-toolkit design choice (no published threshold)";
}
